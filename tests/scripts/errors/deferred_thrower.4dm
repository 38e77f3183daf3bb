throw({errCode: 1; message: "deferred"; deferred: True})
out("after deferred in thrower")
