using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Seaworthy.Testing;

namespace Seaworthy.Fuzzing.Tests;

/// <summary>The files mutations start from: the shared corpora (read at run time) and a few built-in ones per surface.</summary>
internal sealed class Seeds
{
    // Larger seeds slow every case down without exercising more of the parsers.
    private const long MaxSeedBytes = 32 * 1024;

    private static readonly string[] BuiltInDockerfiles =
    {
        "# syntax=docker/dockerfile:1\nARG BASE=alpine:3.20\nFROM ${BASE} AS build\nRUN <<EOF\nset -e\napk add --no-cache curl\nEOF\nCOPY --from=build /a /b\nUSER 1000\nHEALTHCHECK CMD [\"true\"]\n",
        "FROM debian\nRUN apt-get update && \\\n    apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\nENV A=1 B=\"two words\"\nCMD [\"sh\", \"-c\", \"echo $A\"]\n",
        "# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN powershell -Command `\n    Write-Host hi\nSHELL [\"cmd\", \"/S\", \"/C\"]\n",
        "FROM a AS one\nONBUILD RUN echo ${X:-default} $(date) `id`\nFROM one\nRUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci\nEXPOSE 80/tcp 443\n",
    };

    private static readonly string[] BuiltInCompose =
    {
        "services:\n  web:\n    image: nginx:${TAG:-1.27}\n    ports: [\"8080:80\"]\n    environment:\n      A: ${A:?required}\n    depends_on: [db]\n  db:\n    image: postgres@sha256:0000000000000000000000000000000000000000000000000000000000000000\n",
        "x-base: &base\n  restart: unless-stopped\n  cap_drop: [ALL]\nservices:\n  app:\n    <<: *base\n    build:\n      context: .\n      args: [A=1]\n    volumes:\n      - ./data:/data:ro\n    deploy:\n      resources:\n        limits: {cpus: '0.5', memory: 512M}\n",
        "name: p\nservices:\n  a:\n    image: busybox\n    command: [\"sh\", \"-c\", \"echo $$HOME\"]\n    extends:\n      service: b\n  b:\n    image: busybox\n    privileged: true\n    network_mode: host\n",
    };

    private static readonly string[] BuiltInKubernetes =
    {
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    seaworthy.dev/ignore: SW4001\nspec:\n  hostNetwork: true\n  securityContext: {runAsNonRoot: true}\n  containers:\n  - name: c\n    image: nginx\n    securityContext:\n      capabilities: {add: [NET_ADMIN]}\n    resources: {limits: {cpu: 500m, memory: 1Gi}}\n",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      volumes:\n      - name: h\n        hostPath: {path: /var/run/docker.sock}\n      containers:\n      - name: a\n        image: a:1\n        volumeMounts: [{name: h, mountPath: /s}]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}\nrules:\n- apiGroups: ['*']\n  resources: ['*']\n  verbs: ['*']\n",
        "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [{\"apiVersion\": \"batch/v1\", \"kind\": \"CronJob\", \"metadata\": {\"name\": \"c\"}, \"spec\": {\"jobTemplate\": {\"spec\": {\"template\": {\"spec\": {\"containers\": [{\"name\": \"x\", \"image\": \"x\"}]}}}}}}]}\n",
    };

    private Seeds(IReadOnlyList<string> dockerfiles, IReadOnlyList<string> compose, IReadOnlyList<string> kubernetes)
    {
        Dockerfiles = dockerfiles;
        Compose = compose;
        Kubernetes = kubernetes;
        All = dockerfiles.Concat(compose).Concat(kubernetes).ToArray();
    }

    public IReadOnlyList<string> Dockerfiles { get; }

    public IReadOnlyList<string> Compose { get; }

    public IReadOnlyList<string> Kubernetes { get; }

    /// <summary>Every seed: lines are spliced across surfaces.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>Reads the corpora under ../shared/corpus; the test fails when they are missing rather than fuzzing the built-ins alone.</summary>
    public static Seeds Load()
    {
        var corpus = TestPaths.CorpusPath();
        var dockerfiles = Read(Path.Combine(corpus, "dockerfiles"), name => name.Contains("Dockerfile", StringComparison.Ordinal))
            .Concat(Read(Path.Combine(corpus, "buildkit-parser", "testfiles"), name => name == "Dockerfile"));
        var compose = Read(Path.Combine(corpus, "compose"), IsYaml);
        var kubernetes = Read(Path.Combine(corpus, "kubernetes"), IsYaml)
            .Concat(Read(Path.Combine(corpus, "checkov-k8s", "cases"), name => IsYaml(name) || name.EndsWith(".json", StringComparison.Ordinal)));
        return new Seeds(
            BuiltInDockerfiles.Concat(dockerfiles).ToArray(),
            BuiltInCompose.Concat(compose).ToArray(),
            BuiltInKubernetes.Concat(kubernetes).ToArray());
    }

    private static bool IsYaml(string name) => name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal);

    // Sorted, so a seed index names the same file on every machine.
    private static IEnumerable<string> Read(string folder, Func<string, bool> wanted) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => wanted(Path.GetFileName(path)) && new FileInfo(path).Length <= MaxSeedBytes)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllText);
}
