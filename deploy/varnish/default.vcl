# Varnish in front of Newsroom, with the xkey module (Debian: varnish, varnish-modules). docs/cdn.md says how to run
# it. Tested by VarnishCdnTest, which starts varnishd with this file (the backend's host and port replaced).
#
# - Public pages are cached for as long as the application says (s-maxage; with newsroom.cdn.backend=varnish, a day),
#   under the surrogate keys of their Surrogate-Key header.
# - The application purges them by key: PURGE with "xkey-purge: a:12 front" (or xkey-softpurge), and everything with
#   "xkey-purge-all". Only the addresses in the purgers ACL may.
# - The admin area, the probes and anything but GET and HEAD go straight to the application.
vcl 4.1;

import xkey;

backend default {
    .host = "app";
    .port = "8080";
}

# Who may purge: the application's instances. Add their addresses (or network) here.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge-all) {
            ban("obj.status != 0");
            return (synth(200, "Banned everything"));
        }
        if (req.http.xkey-softpurge) {
            set req.http.n-gone = xkey.softpurge(req.http.xkey-softpurge);
        } else if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        } else {
            return (synth(400, "No xkey-purge header"));
        }
        return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|actuator|livez|readyz)(/|\?|$)") {
        return (pass);
    }
    # Public pages are the same for everyone: a reader's cookies (a staff member's session, analytics) change nothing
    # on them, and would otherwise make every request a pass.
    unset req.http.Cookie;
    unset req.http.Authorization;
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Key) {
        # xkey reads its keys from the xkey header.
        set beresp.http.xkey = beresp.http.Surrogate-Key;
        unset beresp.http.Set-Cookie;
    } else if (beresp.ttl > 60s) {
        # Nothing would ever purge an answer that names nothing: a minute at most.
        set beresp.ttl = 60s;
    }
}

sub vcl_deliver {
    # The keys are for this cache, not for browsers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
