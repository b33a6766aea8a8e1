#!/usr/bin/env bash
# A private, real Docker Engine for the host audit tests, on a socket of its own, with deliberately
# misconfigured containers and one hardened container.
#
#   test-engine.sh start      # starts dockerd and creates the containers; prints: export DOCKER_HOST=unix:///...
#   test-engine.sh stop       # removes the containers, stops dockerd, cleans up
#
# Needs root and Debian's docker.io and busybox-static (tests/run.sh installs them). The sandbox lacks
# CAP_SYS_RESOURCE, so the privileged container is created but not started; iptables is off, so the daemon
# runs with --iptables=false and no default bridge (icc cannot be tested here).
#
# What each container gets wrong (the tests expect exactly these to be found on it):
#   c-privileged (created)  --privileged, --pid=host, -v /:/host (writable), --cap-add SYS_ADMIN
#   c-hostns                --pid/--ipc/--uts/--network=host, --cap-add SYS_ADMIN NET_ADMIN, seccomp=unconfined,
#                           the engine's socket mounted, /etc mounted read-only (must NOT count as writable)
#   c-ports                 -p 127.x.y.z:81:80 (privileged port, on a loopback address of its own so that several
#                           test engines can run at once), -p 8080 (every interface, a port the engine picks), --device,
#                           --cgroup-parent, --userns=host, --ulimit, --restart on-failure:10
#   c-sshd                  runs a process named sshd
#   c-hardened              read-only root, memory/CPU/PIDs limits, no-new-privileges, --cap-drop ALL,
#                           --restart on-failure:5, a non-root user and a health check from its image
set -euo pipefail
T=${SEAWORTHY_TEST_ENGINE_DIR:-/tmp/sw-audit-engine}   # keep it short: unix socket paths are limited
SOCK="unix://$T/docker.sock"

start() {
  command -v dockerd >/dev/null || { echo "dockerd is missing: apt-get install docker.io busybox-static" >&2; return 1; }
  [ -x /bin/busybox ] || { echo "/bin/busybox is missing: apt-get install busybox-static" >&2; return 1; }
  if [ -S "$T/docker.sock" ] && docker -H "$SOCK" version >/dev/null 2>&1; then echo "export DOCKER_HOST=$SOCK"; return 0; fi
  mkdir -p "$T/root" "$T/exec"; echo '{}' > "$T/daemon.json"   # not /etc/docker/daemon.json
  dockerd --config-file "$T/daemon.json" --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs \
    --host "$SOCK" --data-root "$T/root" --exec-root "$T/exec" --pidfile "$T/docker.pid" \
    --containerd-namespace sw-audit --containerd-plugins-namespace sw-audit-plugins >"$T/dockerd.log" 2>&1 &
  local ready=
  for _ in $(seq 1 120); do docker -H "$SOCK" version >/dev/null 2>&1 && { ready=1; break; }; sleep 0.25; done
  [ -n "$ready" ] || { echo "dockerd did not start; log follows" >&2; cat "$T/dockerd.log" >&2; return 1; }
  containers >&2
  echo "export DOCKER_HOST=$SOCK"
}

containers() {
  export DOCKER_HOST=$SOCK
  local img=$T/img; rm -rf "$img"; mkdir -p "$img/bin" "$img/usr/sbin"
  cp /bin/busybox "$img/bin/busybox"; for a in sh sleep true ps; do ln -sf busybox "$img/bin/$a"; done
  printf '#!/bin/sh\nwhile :; do sleep 3600; done\n' > "$img/usr/sbin/sshd"; chmod 755 "$img/usr/sbin/sshd"
  tar -C "$img" -cf - . | docker import -c 'CMD ["/bin/sleep","3600"]' - sw-audit/tiny:bad >/dev/null
  tar -C "$img" -cf - . | docker import -c 'USER 1000' -c 'HEALTHCHECK --interval=5s CMD ["/bin/true"]' \
    -c 'CMD ["/bin/sleep","3600"]' - sw-audit/tiny:good >/dev/null
  docker network create sw-audit-net >/dev/null
  docker create --name c-privileged --privileged --pid=host -v /:/host --cap-add SYS_ADMIN sw-audit/tiny:bad >/dev/null
  docker run -d --name c-hostns --pid=host --ipc=host --uts=host --network=host --cap-add SYS_ADMIN --cap-add NET_ADMIN \
    --security-opt seccomp=unconfined -v "$T/docker.sock:/var/run/docker.sock" -v /etc:/host-etc:ro --restart=always \
    sw-audit/tiny:bad >/dev/null
  local loopback="127.$((RANDOM % 250 + 1)).$((RANDOM % 250 + 1)).$((RANDOM % 250 + 1))"
  docker run -d --name c-ports --network sw-audit-net -p "$loopback:81:80" -p 8080 --device /dev/null:/dev/xnull \
    --cgroup-parent swauditcg --userns=host --ulimit nofile=100:200 --restart on-failure:10 sw-audit/tiny:bad >/dev/null
  docker run -d --name c-sshd --network none sw-audit/tiny:bad /usr/sbin/sshd -D >/dev/null
  docker run -d --name c-hardened --network none --read-only --memory 64m --cpus 0.5 --pids-limit 64 \
    --security-opt no-new-privileges --cap-drop ALL --restart on-failure:5 sw-audit/tiny:good >/dev/null
  echo "containers: c-privileged (created), c-hostns, c-ports, c-sshd, c-hardened (running)"
}

stop() {
  [ -f "$T/docker.pid" ] || { rm -rf "$T"; return 0; }
  export DOCKER_HOST=$SOCK
  local ids; ids=$(docker ps -aq 2>/dev/null || true)
  if [ -n "$ids" ]; then docker rm -f $ids >/dev/null 2>&1 || true; fi
  docker network rm sw-audit-net >/dev/null 2>&1 || true
  local pid; pid=$(cat "$T/docker.pid"); kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  awk -v t="$T/" 'index($2, t) == 1 {print $2}' /proc/mounts | sort -r | xargs -r -n1 umount 2>/dev/null || true
  rm -rf "$T"
}

case "${1:-}" in
  start) start ;; stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
