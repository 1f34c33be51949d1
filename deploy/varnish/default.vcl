# Varnish in front of Newsroom, with the xkey module (Debian: varnish, varnish-modules). docs/cdn.md says how to run
# it. Tested by VarnishCdnTest, which starts varnishd with this file (the backend's host and port replaced).
#
# - Public pages are cached for as long as the application says (s-maxage; with newsroom.cdn.backend=varnish, a day),
#   under the surrogate keys of their Surrogate-Key header.
# - The application purges them by key: PURGE with "xkey-purge: a:12 front" (or xkey-softpurge), and everything with
#   "xkey-purge-all". Only the addresses in the purgers ACL may.
# - The admin area, the probes and anything but GET and HEAD go straight to the application.
#
# The rules themselves are in newsroom.vcl, shared with compose.vcl (docker-compose.yml's Varnish, in front of
# several replicas); this file adds one backend and who may purge.
vcl 4.1;

backend default {
    .host = "app";
    .port = "8080";
}

# Who may purge: the application's instances. Add their addresses (or network) here.
acl purgers {
    "127.0.0.1";
    "::1";
}

include "./newsroom.vcl";
