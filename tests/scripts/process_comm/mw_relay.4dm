CALL WORKER(1; "mw_say"; "relayed from a worker")
