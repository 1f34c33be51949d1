# Newsroom's caching rules, included by default.vcl (one backend) and compose.vcl (the compose file's replicas). The
# including file defines the backend and the purgers ACL (the addresses that may PURGE) before including this one.
import xkey;

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
