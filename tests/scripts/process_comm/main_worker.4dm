// call-worker.md: the main process (number 1) is a worker too; it runs the
// messages sent to it when it is idle (here: DELAY PROCESS, then the end
// of its method).
CALL WORKER(1; "mw_say"; "from the main process's queue")
out("before delay")
DELAY PROCESS(Current process; 10)
out("after delay")
CALL WORKER("mw_worker"; "mw_relay")
