using System;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Docker.DotNet.Handler.Abstractions;

namespace Seaworthy.HostAudit;

/// <summary>
/// TLS to a TCP engine the way the docker CLI does it: the client certificate <c>cert.pem</c>/<c>key.pem</c> from the
/// certificate folder when present, and with verification the server checked against <c>ca.pem</c> only.
/// </summary>
internal sealed class TlsAuthProvider : IAuthProvider
{
    private readonly DockerEndpoint _endpoint;

    public TlsAuthProvider(DockerEndpoint endpoint) => _endpoint = endpoint;

    public bool TlsEnabled => true;

    public HttpMessageHandler ConfigureHandler(HttpMessageHandler handler)
    {
        if (handler is not SocketsHttpHandler sockets || _endpoint.CertificatePath is not { } folder)
        {
            return handler;
        }

        var certificate = Path.Combine(folder, "cert.pem");
        var key = Path.Combine(folder, "key.pem");
        if (File.Exists(certificate) && File.Exists(key))
        {
            sockets.SslOptions.ClientCertificates = new X509CertificateCollection { X509Certificate2.CreateFromPemFile(certificate, key) };
        }

        var authorityPath = Path.Combine(folder, "ca.pem");
        if (!_endpoint.VerifyServer)
        {
            // DOCKER_TLS_VERIFY unset: encrypted, but the server is not checked (the CLI's --tls without --tlsverify).
#pragma warning disable CA5359 // The user asked for TLS without verification, as the docker CLI allows.
            sockets.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        else if (File.Exists(authorityPath))
        {
            var authority = X509Certificate2.CreateFromPem(File.ReadAllText(authorityPath));
            sockets.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, errors) =>
            {
                if (presented is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
                {
                    return false;
                }

                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(authority);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(new X509Certificate2(presented));
            };
        }

        return handler;
    }
}
