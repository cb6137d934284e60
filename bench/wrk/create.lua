-- POST /heroes with a name no other request of any run uses: a per-thread random prefix and a counter.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
done = require("report").done

local threads = 0
local prefix
local counter = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  prefix = string.format("bench-%d-%d-%d", os.time(), thread_number or 0, math.random(1, 1e9))
end

function request()
  counter = counter + 1
  local body = string.format('{"name":"%s-%d","secret_identity":"Load Tester","age":42}', prefix, counter)
  return wrk.format("POST", "/heroes", {["Content-Type"] = "application/json"}, body)
end
