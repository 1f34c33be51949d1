# Varnish in front of docker-compose.yml's app replicas. The compose service "app" runs ${NEWSROOM_REPLICAS:-2}
# containers under one DNS name; a plain backend would resolve it once, at start-up, and refuse a name with several
# addresses. vmod_dynamic (in the official varnish images) resolves it again every few seconds and spreads requests
# over every address it gets, so replicas added with `docker compose up --scale app=3` or replaced by a restart are
# found without reloading Varnish.
#
# The caching rules are newsroom.vcl's, the same as default.vcl's (which VarnishCdnTest tests). This file cannot be
# compiled on a machine without vmod_dynamic (Debian packages none): it was not run here, only written.
vcl 4.1;

import dynamic;

# Every request is given a replica in vcl_recv below; this backend is never used.
backend default none;

# Who may purge: the app replicas, which all live on the compose file's fixed network (newsroom_net, 172.28.0.0/24).
acl purgers {
    "127.0.0.1";
    "::1";
    "172.28.0.0"/24;
}

# A replica that is starting, or draining at shutdown, answers 503 on /readyz: Varnish sends it nothing until it is
# ready again.
probe readiness {
    .url = "/readyz";
    .interval = 5s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

sub vcl_init {
    new replicas = dynamic.director(port = "8080", ttl = 5s, probe = readiness);
}

sub vcl_recv {
    set req.backend_hint = replicas.backend("app");
}

include "./newsroom.vcl";
