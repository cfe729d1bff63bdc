-- wrk script: POST one call per request to /v1/screen/call, with varying numbers.
-- usage: FW_KEY=fwk_... wrk -t1 -c64 -d15s --latency -s bench/screening.lua http://127.0.0.1:8080
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("FW_KEY") or ""

request = function()
  counter = counter + 1
  local caller = 8613800000000 + (counter % 20000)
  local callee = 8613900000000 + ((counter * 7919) % 100000)
  local body = string.format(
    '{"call_id":"b%d","start_time":"2026-03-02T09:%02d:%02d+08:00","caller":"%d","callee":"%d",' ..
    '"caller_imei":"35%013d","call_type":"mobile","media":"voice"}',
    counter, math.floor(counter / 60) % 60, counter % 60, caller, callee, counter % 15000)
  return wrk.format(nil, "/v1/screen/call", nil, body)
end
