-- wrk script for tools/bench/web_bench.py: counts non-2xx answers (wrk itself only counts
-- non-2xx-or-3xx, and a 3xx is an error for a JSON API too) and prints one machine-readable line.
-- With a file argument (wrk ... -s wrk-report.lua URL -- PATHS), requests go round the paths in
-- the file, one a line: many caseworkers open many different cases, not one case thousands of times.
local threads = {}
local paths = nil
local next_path = 0

local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  first_bad = 0
  if args[1] then
    paths = {}
    for line in io.lines(args[1]) do
      if line ~= "" then table.insert(paths, line) end
    end
    -- Each thread starts at a different place in the list.
    next_path = (id or 0) * 7919 % #paths
  end
end

function request()
  if paths then
    next_path = next_path % #paths + 1
    return wrk.format(nil, paths[next_path])
  end
  return wrk.request()
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    if first_bad == 0 then first_bad = status end
  end
end

function done(summary, latency, requests)
  local non2xx, first = 0, 0
  for _, thread in ipairs(threads) do
    non2xx = non2xx + thread:get("bad")
    local status = thread:get("first_bad")
    if first == 0 and status ~= 0 then first = status end
  end
  local errors = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, '
      .. '"non2xx": %d, "first_non2xx_status": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99),
    latency.max, non2xx, first, errors.connect, errors.read, errors.write, errors.timeout))
end
