-- wrk: readers asking for random pages of a list, counting the answers that came from the page cache (they carry
-- Age; a page rendered for the request has none).
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do
  paths[#paths + 1] = line
end
hits, total = 0, 0

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)], { Accept = "text/html" })
end

response = function(status, headers, body)
  total = total + 1
  if headers["Age"] or headers["age"] then
    hits = hits + 1
  end
end

local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
end

done = function(summary, latency, requests)
  local h, t = 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits")
    t = t + thread:get("total")
  end
  io.write(string.format("hit rate: %.1f%% (%d of %d answers from the page cache)\n", 100 * h / math.max(t, 1), h, t))
end
