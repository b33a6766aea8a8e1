using System;
using System.Collections.Generic;
using System.IO;
using Seaworthy.Secrets;

namespace Seaworthy.HostAudit;

/// <summary>
/// Where and how to reach the engine: <c>--host</c>, else <c>DOCKER_HOST</c>, else the default socket; TLS from
/// <c>DOCKER_TLS_VERIFY</c> and <c>DOCKER_CERT_PATH</c> (default <c>~/.docker</c>) as the docker CLI reads them.
/// </summary>
public sealed record DockerEndpoint(Uri Uri, bool UseTls, bool VerifyServer, string? CertificatePath)
{
    /// <summary>The default endpoint on Linux.</summary>
    public const string DefaultUnixSocket = "unix:///var/run/docker.sock";

    /// <summary>The path of the unix socket, or null for a TCP endpoint.</summary>
    public string? SocketPath => Uri.Scheme == "unix" ? Uri.AbsolutePath : null;

    /// <summary>
    /// True when the engine may run on this machine, so its host can be read: a unix socket. A TCP address, a loopback
    /// one included, may be a tunnel or a forwarded port to another machine's engine, whose host this one is not.
    /// </summary>
    public bool IsLocal => Uri.Scheme == "unix";

    /// <summary>
    /// The endpoint as written (<c>unix:///var/run/docker.sock</c>, <c>tcp://host:2376</c>), with any credential in it
    /// masked (<c>tcp://user:********@host</c>): it appears in messages and reports.
    /// </summary>
    public override string ToString() => Uri.Scheme == "unix" ? "unix://" + Uri.AbsolutePath : SecretMasker.Catalogue.MaskText(Uri.ToString().TrimEnd('/'));

    /// <summary>Resolves the endpoint from <paramref name="host"/> (<c>--host</c>), else the environment.</summary>
    /// <exception cref="ArgumentException">The address is not a unix socket or TCP address.</exception>
    public static DockerEndpoint Resolve(string? host, IReadOnlyDictionary<string, string> environment)
    {
        var address = host;
        if (string.IsNullOrEmpty(address))
        {
            address = environment.TryGetValue("DOCKER_HOST", out var fromEnvironment) && fromEnvironment.Length > 0 ? fromEnvironment : DefaultUnixSocket;
        }

        if (address!.StartsWith("/", StringComparison.Ordinal))
        {
            address = "unix://" + address;
        }

        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("unix" or "tcp" or "http" or "https"))
        {
            throw new ArgumentException($"'{address}' is not a Docker Engine address: use unix:///path/to/docker.sock or tcp://host:port.");
        }

        var tlsVerify = environment.TryGetValue("DOCKER_TLS_VERIFY", out var verify) && verify.Length > 0 && verify != "0";
        var certificatePath = environment.TryGetValue("DOCKER_CERT_PATH", out var certs) && certs.Length > 0
            ? certs
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
        var useTls = uri.Scheme == "https" || (uri.Scheme == "tcp" && (tlsVerify || uri.Port == 2376));
        return new DockerEndpoint(uri, useTls, tlsVerify, useTls ? certificatePath : null);
    }
}
