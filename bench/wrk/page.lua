-- First page or deep page: the URL on wrk's command line carries offset and limit.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
done = require("report").done
