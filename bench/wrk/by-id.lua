-- GET /heroes/{id} with a random id in 1..100000 (every one exists).
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
done = require("report").done

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  return wrk.format("GET", "/heroes/" .. math.random(1, 100000))
end
