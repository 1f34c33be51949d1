-- wrk: readers asking for random pages of a list (with the command line's headers), counting the answers Varnish gave
-- from its cache (their X-Varnish holds two transaction ids: this request's and the one that stored the page).
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do
  paths[#paths + 1] = line
end
hits, total = 0, 0

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

request = function()
  return wrk.format(nil, paths[math.random(#paths)])
end

response = function(status, headers, body)
  total = total + 1
  local xv = headers["X-Varnish"] or headers["x-varnish"]
  if xv and xv:find(" ") then
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
  io.write(string.format("varnish hits: %.1f%% (%d of %d)\n", 100 * h / math.max(t, 1), h, t))
end
