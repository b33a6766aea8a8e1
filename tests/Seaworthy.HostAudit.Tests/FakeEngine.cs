using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seaworthy.HostAudit.Tests;

/// <summary>
/// An endpoint that accepts connections on a unix socket or a loopback TCP port and never answers, or answers only
/// GET /version (as a Docker Engine 20.10 would) and nothing else: a silent or half-silent engine.
/// </summary>
internal sealed class FakeEngine : IDisposable
{
    private const string VersionJson = """{"Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12","Os":"linux","Arch":"amd64"}""";

    private readonly Socket _listener;
    private readonly bool _answersVersion;
    private readonly List<Socket> _accepted = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly string? _socketPath;

    private FakeEngine(Socket listener, EndPoint endpoint, bool answersVersion, string address, string? socketPath)
    {
        _listener = listener;
        _answersVersion = answersVersion;
        _socketPath = socketPath;
        listener.Bind(endpoint);
        listener.Listen(16);
        Address = address.Replace("PORT", ((listener.LocalEndPoint as IPEndPoint)?.Port ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>The engine's address: <c>unix:///tmp/...sock</c> or <c>tcp://127.0.0.1:PORT</c>.</summary>
    public string Address { get; }

    /// <summary>A unix socket in the temporary folder.</summary>
    public static FakeEngine OnUnixSocket(bool answersVersion)
    {
        var path = Path.Combine(Path.GetTempPath(), "sw-fake-" + Guid.NewGuid().ToString("N").Substring(0, 8) + ".sock");
        return new FakeEngine(new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified), new UnixDomainSocketEndPoint(path), answersVersion, "unix://" + path, path);
    }

    /// <summary>A port of 127.0.0.1 the system picks.</summary>
    public static FakeEngine OnLoopbackPort(bool answersVersion) =>
        new(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp), new IPEndPoint(IPAddress.Loopback, 0), answersVersion, "tcp://127.0.0.1:PORT", null);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
        lock (_accepted)
        {
            foreach (var socket in _accepted)
            {
                socket.Dispose();
            }
        }

        if (_socketPath is not null)
        {
            File.Delete(_socketPath);
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            lock (_accepted)
            {
                _accepted.Add(connection);
            }

            if (_answersVersion)
            {
                _ = Task.Run(() => ServeAsync(connection));
            }
        }
    }

    // Answers each GET /version on the connection; any other request is read and left unanswered.
    private async Task ServeAsync(Socket connection)
    {
        var buffer = new byte[8192];
        var request = new StringBuilder();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var read = await connection.ReceiveAsync(buffer, SocketFlags.None, _stop.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                var end = request.ToString().IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (end < 0)
                {
                    continue;
                }

                var head = request.ToString(0, end);
                request.Remove(0, end + 4);
                var target = head.Split(' ', 3)[1];
                if (!target.EndsWith("/version", StringComparison.Ordinal))
                {
                    continue;
                }

                var body = Encoding.UTF8.GetBytes(VersionJson);
                var answer = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nApi-Version: 1.41\r\nContent-Length: {body.Length}\r\n\r\n");
                await connection.SendAsync(answer, SocketFlags.None, _stop.Token).ConfigureAwait(false);
                await connection.SendAsync(body, SocketFlags.None, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            return;
        }
    }
}
