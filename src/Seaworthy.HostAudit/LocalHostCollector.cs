using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Seaworthy.Host;

namespace Seaworthy.HostAudit;

/// <summary>
/// Reads the engine's own host (Linux): dockerd's command line from /proc, the daemon's files with owner, group
/// and mode, the docker group, the audit rules, whether the data root is a file system of its own, and the
/// listening sockets. Each part that cannot be read is recorded as unavailable with the reason.
/// </summary>
internal static class LocalHostCollector
{
    // Configuration files whose text is kept (rules read daemon.json, units and defaults files).
    private const long MaxContentLength = 256 * 1024;

    private static readonly string[] UnitFolders = { "/etc/systemd/system", "/lib/systemd/system", "/usr/lib/systemd/system", "/run/systemd/system" };

    // CIS 1.1.3-1.1.18: the paths whose changes should be audited.
    private static readonly string[] AuditedPaths =
    {
        "/usr/bin/dockerd", "/run/containerd", "/var/lib/docker", "/etc/docker", "/etc/default/docker", "/etc/docker/daemon.json",
        "/etc/containerd/config.toml", "/etc/sysconfig/docker", "/usr/bin/containerd", "/usr/bin/containerd-shim",
        "/usr/bin/containerd-shim-runc-v1", "/usr/bin/containerd-shim-runc-v2", "/usr/bin/runc",
    };

    private static readonly char[] WhiteSpace = { '\t', ' ' };

    private static readonly string[] StatFormat = { "-c", "%u|%g|%U|%G|%a|%F|%n" };

    private static readonly string[] AuditctlList = { "-l" };

    /// <summary>
    /// The host of the engine at <paramref name="endpoint"/>, or null (the reason in <paramref name="unavailable"/>) when no
    /// dockerd of this machine serves that socket: the engine then runs elsewhere (a VM, a container whose socket is
    /// mounted here, a forwarded socket), and this machine's files and processes are not its host's.
    /// </summary>
    public static LocalHost? Collect(DockerEndpoint endpoint, Task<Docker.DotNet.Models.SystemInfoResponse?> info, ConcurrentDictionary<string, string> unavailable)
    {
        if (FindDaemon(endpoint, out var notFound) is not { } process)
        {
            unavailable[HostParts.Local] = notFound;
            return null;
        }

        var groupTask = Task.Run(() => ReadDockerGroup(unavailable));
        var auditTask = Task.Run(() => ReadAuditRules(unavailable));
        var socketsTask = Task.Run(() => ReadListeningSockets(unavailable));
        var systemInfo = info.GetAwaiter().GetResult();
        var dataRoot = systemInfo?.DockerRootDir;
        var securityOptions = systemInfo?.SecurityOptions;
        var mountTask = Task.Run(() => ReadDataRootMount(dataRoot, securityOptions, process, unavailable));
        var files = ReadFiles(endpoint, process, dataRoot, unavailable);
        var (auditRules, auditSource) = auditTask.GetAwaiter().GetResult();
        return new LocalHost
        {
            DaemonProcess = process,
            Files = files,
            DockerGroup = groupTask.GetAwaiter().GetResult(),
            AuditRules = auditRules,
            AuditRulesSource = auditSource,
            DataRoot = mountTask.GetAwaiter().GetResult(),
            ListeningSockets = socketsTask.GetAwaiter().GetResult(),
        };
    }

    // The dockerd whose command line names our socket (or, without -H, listens on it by default), else the one that
    // holds it open; none otherwise, even when it is the only one: an unrelated dockerd would be audited as the engine's.
    private static DaemonProcess? FindDaemon(DockerEndpoint endpoint, out string notFound)
    {
        var candidates = new List<DaemonProcess>();
        try
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                {
                    continue;
                }

                string[] arguments;
                try
                {
                    arguments = File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0');
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                var count = arguments.Length > 0 && arguments[arguments.Length - 1].Length == 0 ? arguments.Length - 1 : arguments.Length;
                if (count == 0 || Path.GetFileName(arguments[0]) != "dockerd")
                {
                    continue;
                }

                candidates.Add(new DaemonProcess { Pid = pid, Executable = Executable(folder), CommandLine = arguments.Take(count).ToArray(), Uid = ProcessUid(folder) });
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            notFound = "/proc cannot be read, so the dockerd serving " + endpoint + " cannot be told apart: " + exception.Message;
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (Serves(candidate, endpoint.SocketPath))
            {
                notFound = string.Empty;
                return candidate;
            }
        }

        // A socket named in daemon.json, or handed over by systemd, is not on the command line; the daemon holds it open.
        if (candidates.Count > 0 && endpoint.SocketPath is { } socket && ListeningInodes(ReadOrEmpty("/proc/net/unix"), socket) is { Count: > 0 } inodes)
        {
            foreach (var candidate in candidates)
            {
                if (HoldsSocket(candidate.Pid, inodes))
                {
                    notFound = string.Empty;
                    return candidate;
                }
            }
        }

        notFound = candidates.Count == 0
            ? $"no dockerd process of this machine serves {endpoint} (the engine runs in a VM, a container or another PID namespace, or the socket is forwarded), so this machine's files and processes are not the engine's host"
            : $"none of the {candidates.Count} dockerd processes of this machine names {endpoint} on its command line, so the engine behind it is not known to run here and this machine's files are not read as its host's";
        return null;
    }

    /// <summary>
    /// True when <paramref name="daemon"/> listens on the unix socket <paramref name="socket"/>: its <c>-H</c> names it, or
    /// without <c>-H</c> (or with systemd's <c>fd://</c>) it is the default socket: <c>/var/run/docker.sock</c> for root,
    /// <c>/run/user/UID/docker.sock</c> for a rootless daemon.
    /// </summary>
    internal static bool Serves(DaemonProcess daemon, string? socket)
    {
        if (socket is null)
        {
            return false;
        }

        var hosts = HostsOf(daemon.CommandLine);
        if (hosts.Any(host => host == "unix://" + socket || host == socket))
        {
            return true;
        }

        var byDefault = hosts.Count == 0 || (hosts.Count == 1 && hosts[0] == "fd://");
        var defaultSocket = daemon.Uid > 0
            ? socket == $"/run/user/{daemon.Uid.ToString(CultureInfo.InvariantCulture)}/docker.sock"
            : socket is "/var/run/docker.sock" or "/run/docker.sock";
        return byDefault && defaultSocket;
    }

    /// <summary>
    /// The inodes of the unix sockets listening on <paramref name="socket"/> in <paramref name="procNetUnix"/> (the text of
    /// <c>/proc/net/unix</c>), the paths compared with their symbolic links resolved (<c>/var/run</c> is <c>/run</c>).
    /// </summary>
    internal static HashSet<string> ListeningInodes(string procNetUnix, string socket)
    {
        // Num RefCount Protocol Flags Type St Inode Path; flags 00010000 is __SO_ACCEPTCON, a listening socket.
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        var wanted = RealPath(socket);
        foreach (var line in procNetUnix.Split('\n').Skip(1))
        {
            var fields = line.Split(' ', 8, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 8 && fields[3] == "00010000" && Path.GetFileName(fields[7]) == Path.GetFileName(socket) && RealPath(fields[7]) == wanted)
            {
                inodes.Add(fields[6]);
            }
        }

        return inodes;
    }

    /// <summary>True when process <paramref name="pid"/> has one of the sockets <paramref name="inodes"/> open (readable as root, or as its user).</summary>
    internal static bool HoldsSocket(int pid, HashSet<string> inodes)
    {
        try
        {
            foreach (var descriptor in Directory.EnumerateFileSystemEntries($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/fd"))
            {
                if (new FileInfo(descriptor).LinkTarget is { } target && target.StartsWith("socket:[", StringComparison.Ordinal)
                    && inodes.Contains(target.Substring(8, target.Length - 9)))
                {
                    return true;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }

    // The path with every symbolic link on the way resolved, as far as they can be read.
    private static string RealPath(string path)
    {
        var resolved = "/";
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            try
            {
                resolved = new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
            }
            catch (IOException)
            {
                resolved = next;
            }
        }

        return resolved;
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static string? Executable(string folder)
    {
        try
        {
            return new FileInfo(Path.Combine(folder, "exe")).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static List<string> HostsOf(IReadOnlyList<string> commandLine)
    {
        var hosts = new List<string>();
        for (var i = 1; i < commandLine.Count; i++)
        {
            var argument = commandLine[i];
            if (argument is "-H" or "--host" && i + 1 < commandLine.Count)
            {
                hosts.Add(commandLine[++i]);
            }
            else if (argument.StartsWith("--host=", StringComparison.Ordinal) || argument.StartsWith("-H=", StringComparison.Ordinal))
            {
                hosts.Add(argument.Substring(argument.IndexOf('=') + 1));
            }
        }

        return hosts;
    }

    private static int ProcessUid(string folder)
    {
        try
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, "status")))
            {
                if (line.StartsWith("Uid:", StringComparison.Ordinal))
                {
                    var fields = line.Split(WhiteSpace, StringSplitOptions.RemoveEmptyEntries);
                    return int.Parse(fields[1], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return -1;
        }

        return -1;
    }

    private static List<HostFile> ReadFiles(DockerEndpoint endpoint, DaemonProcess process, string? dataRoot, ConcurrentDictionary<string, string> unavailable)
    {
        var wanted = new List<(string Path, string Role, bool ReadContent)>();
        var commandLine = process.CommandLine;
        var configFile = FlagValue(commandLine, "config-file") ?? "/etc/docker/daemon.json";
        wanted.Add((configFile, HostFileRoles.DaemonJson, true));
        wanted.Add(("/etc/docker", HostFileRoles.ConfigDirectory, false));
        wanted.Add((FindUnit("docker.service"), HostFileRoles.ServiceUnit, true));
        wanted.Add((FindUnit("docker.socket"), HostFileRoles.SocketUnit, true));
        wanted.Add(("/etc/default/docker", HostFileRoles.DefaultsFile, true));
        wanted.Add(("/etc/sysconfig/docker", HostFileRoles.SysconfigFile, true));
        if (endpoint.SocketPath is { } socket)
        {
            wanted.Add((socket, HostFileRoles.DockerSocket, false));
        }

        wanted.Add(("/run/containerd/containerd.sock", HostFileRoles.ContainerdSocket, false));
        wanted.Add(("/etc/containerd/config.toml", HostFileRoles.ContainerdConfig, false));
        if (!string.IsNullOrEmpty(dataRoot))
        {
            wanted.Add((dataRoot!, HostFileRoles.DataRoot, false));
        }

        foreach (var path in AuditedPaths)
        {
            wanted.Add((path, HostFileRoles.Audited, false));
        }

        // The binary actually running (Debian's is /usr/sbin/dockerd), so CIS 1.1.3 audits the right file.
        if (process.Executable is { } executable && !AuditedPaths.Contains(executable, StringComparer.Ordinal))
        {
            wanted.Add((executable, HostFileRoles.Audited, false));
        }

        try
        {
            if (Directory.Exists("/etc/docker/certs.d"))
            {
                foreach (var certificate in Directory.EnumerateFiles("/etc/docker/certs.d", "*", SearchOption.AllDirectories))
                {
                    if (certificate.EndsWith(".crt", StringComparison.Ordinal) || certificate.EndsWith(".cert", StringComparison.Ordinal))
                    {
                        wanted.Add((certificate, HostFileRoles.RegistryCertificate, false));
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            unavailable[HostParts.DaemonFiles] = "/etc/docker/certs.d cannot be read: " + exception.Message;
        }

        var first = Stat(wanted.Select(file => file.Path), unavailable);
        var files = new List<HostFile>();
        foreach (var (path, role, readContent) in wanted)
        {
            files.Add(Describe(path, role, readContent, first));
        }

        // TLS files are named by the daemon's options, which daemon.json may hold.
        var daemonJson = files[0];
        var tlsFiles = new List<(string Path, string Role)>();
        foreach (var (option, role) in new[] { ("tlscacert", HostFileRoles.TlsCaCert), ("tlscert", HostFileRoles.TlsCert), ("tlskey", HostFileRoles.TlsKey) })
        {
            if ((FlagValue(commandLine, option) ?? JsonValue(daemonJson.Content, option)) is { } path)
            {
                tlsFiles.Add((path, role));
            }
        }

        if (tlsFiles.Count > 0)
        {
            var stats = Stat(tlsFiles.Select(file => file.Path), unavailable);
            files.AddRange(tlsFiles.Select(file => Describe(file.Path, file.Role, readContent: false, stats)));
        }

        return files;
    }

    private static HostFile Describe(string path, string role, bool readContent, Dictionary<string, HostFile> stats)
    {
        if (!stats.TryGetValue(path, out var stat))
        {
            return new HostFile { Path = path, Role = role, Exists = false };
        }

        var file = stat with { Role = role };
        if (readContent && file.Kind == "file")
        {
            try
            {
                var info = new FileInfo(path);
                file = info.Length <= MaxContentLength
                    ? file with { Content = File.ReadAllText(path) }
                    : file with { Unreadable = $"larger than {MaxContentLength} bytes" };
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                file = file with { Unreadable = exception.Message };
            }
        }

        return file;
    }

    // One stat(1) process for every path: owner, group and mode bits, which .NET does not expose.
    private static Dictionary<string, HostFile> Stat(IEnumerable<string> paths, ConcurrentDictionary<string, string> unavailable)
    {
        var found = new Dictionary<string, HostFile>(StringComparer.Ordinal);
        var list = paths.Distinct(StringComparer.Ordinal).ToArray();
        var (exitCode, output, error) = Run("stat", StatFormat.Concat(list).ToArray());
        if (exitCode is null)
        {
            unavailable[HostParts.DaemonFiles] = "stat cannot be run: " + error;
            return found;
        }

        foreach (var line in output.Split('\n'))
        {
            var fields = line.Split('|', 7);
            if (fields.Length < 7)
            {
                continue;
            }

            found[fields[6]] = new HostFile
            {
                Path = fields[6],
                Exists = true,
                Uid = int.Parse(fields[0], CultureInfo.InvariantCulture),
                Gid = int.Parse(fields[1], CultureInfo.InvariantCulture),
                Owner = fields[2] == "UNKNOWN" ? null : fields[2],
                Group = fields[3] == "UNKNOWN" ? null : fields[3],
                Mode = Convert.ToInt32(fields[4], 8),
                Kind = fields[5] switch
                {
                    "regular file" or "regular empty file" => "file",
                    "directory" => "directory",
                    "socket" => "socket",
                    "symbolic link" => "symlink",
                    _ => "other",
                },
            };
        }

        // stat names the paths it could not read; a missing one is simply absent, anything else is unavailable.
        foreach (var line in error.Split('\n'))
        {
            if (line.Length > 0 && !line.Contains("No such file or directory"))
            {
                unavailable[HostParts.DaemonFiles] = line.Trim();
            }
        }

        return found;
    }

    private static string FindUnit(string name)
    {
        foreach (var folder in UnitFolders)
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return Path.Combine("/lib/systemd/system", name);
    }

    private static string? FlagValue(IReadOnlyList<string> commandLine, string flag)
    {
        for (var i = 1; i < commandLine.Count; i++)
        {
            if (commandLine[i] == "--" + flag && i + 1 < commandLine.Count)
            {
                return commandLine[i + 1];
            }

            if (commandLine[i].StartsWith("--" + flag + "=", StringComparison.Ordinal))
            {
                return commandLine[i].Substring(flag.Length + 3);
            }
        }

        return null;
    }

    private static string? JsonValue(string? json, string key)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty(key, out var value)
                && value.ValueKind == System.Text.Json.JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static HostGroup? ReadDockerGroup(ConcurrentDictionary<string, string> unavailable)
    {
        try
        {
            foreach (var line in File.ReadLines("/etc/group"))
            {
                var fields = line.Split(':');
                if (fields.Length < 4 || fields[0] != "docker")
                {
                    continue;
                }

                var gid = int.Parse(fields[2], CultureInfo.InvariantCulture);
                var members = fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
                foreach (var user in File.ReadLines("/etc/passwd"))
                {
                    var userFields = user.Split(':');
                    if (userFields.Length > 3 && userFields[3] == fields[2] && !members.Contains(userFields[0]))
                    {
                        members.Add(userFields[0]);
                    }
                }

                return new HostGroup { Name = "docker", Exists = true, Gid = gid, Members = members };
            }

            return new HostGroup { Name = "docker", Exists = false };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            unavailable[HostParts.DockerGroup] = "/etc/group cannot be read: " + exception.Message;
            return null;
        }
    }

    // auditctl -l shows the rules in force; without it (or without permission) the rule files say what is loaded at boot.
    private static (IReadOnlyList<string>? Rules, string? Source) ReadAuditRules(ConcurrentDictionary<string, string> unavailable)
    {
        var (exitCode, output, _) = Run("auditctl", AuditctlList);
        if (exitCode == 0)
        {
            return (Lines(output).Where(line => line != "No rules").ToArray(), "auditctl -l");
        }

        var files = new List<string>();
        if (File.Exists("/etc/audit/audit.rules"))
        {
            files.Add("/etc/audit/audit.rules");
        }

        if (Directory.Exists("/etc/audit/rules.d"))
        {
            files.AddRange(Directory.EnumerateFiles("/etc/audit/rules.d", "*.rules").OrderBy(file => file, StringComparer.Ordinal));
        }

        if (files.Count == 0)
        {
            // No audit daemon and no rule file: nothing is audited.
            return (Array.Empty<string>(), "no auditctl and no /etc/audit rule files");
        }

        try
        {
            var rules = files.SelectMany(file => Lines(File.ReadAllText(file))).Where(line => !line.StartsWith("#", StringComparison.Ordinal)).ToArray();
            return (rules, string.Join(", ", files));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            unavailable[HostParts.AuditRules] = "the audit rule files cannot be read: " + exception.Message;
            return (null, null);
        }
    }

    // The data root is its own file system when the mount holding it mounts the root of a file system other than /'s;
    // dockerd bind-mounts the data root onto itself, which must not count.
    private static DataRootMount? ReadDataRootMount(string? dataRoot, IList<string>? securityOptions, DaemonProcess process, ConcurrentDictionary<string, string> unavailable)
    {
        if (string.IsNullOrEmpty(dataRoot))
        {
            unavailable[HostParts.Mounts] = "the engine did not say where its data root is";
            return null;
        }

        var root = dataRoot!;
        if (securityOptions?.Any(option => option == "name=userns" || option.StartsWith("name=userns,", StringComparison.Ordinal)) == true)
        {
            // With user namespace remapping the data root is a uid.gid folder under the configured one.
            root = Path.GetDirectoryName(root) ?? root;
        }

        var mountInfo = File.Exists($"/proc/{process.Pid}/mountinfo") ? $"/proc/{process.Pid}/mountinfo" : "/proc/self/mountinfo";
        List<(string Device, string FsRoot, string MountPoint, string Source)> mounts;
        try
        {
            mounts = File.ReadLines(mountInfo).Select(ParseMountInfo).Where(mount => mount is not null).Select(mount => mount!.Value).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            unavailable[HostParts.Mounts] = mountInfo + " cannot be read: " + exception.Message;
            return null;
        }

        var holder = mounts.Where(mount => IsUnder(root, mount.MountPoint)).OrderByDescending(mount => mount.MountPoint.Length).FirstOrDefault();
        var slash = mounts.LastOrDefault(mount => mount.MountPoint == "/");
        if (holder.MountPoint is null)
        {
            unavailable[HostParts.Mounts] = $"no mount in {mountInfo} holds {root}";
            return null;
        }

        // A bind mount of a folder shows the folder as its file-system root; the root file system's device again is no partition.
        var separate = holder.MountPoint != "/" && holder.FsRoot == "/" && holder.Device != slash.Device;
        return new DataRootMount { Path = root, MountPoint = holder.MountPoint, MountSource = holder.Source, IsSeparatePartition = separate };
    }

    private static (string Device, string FsRoot, string MountPoint, string Source)? ParseMountInfo(string line)
    {
        // 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
        var fields = line.Split(' ');
        var dash = Array.IndexOf(fields, "-");
        if (fields.Length < 5 || dash < 0 || dash + 2 >= fields.Length)
        {
            return null;
        }

        return (fields[2], Unescape(fields[3]), Unescape(fields[4]), Unescape(fields[dash + 2]));
    }

    private static string Unescape(string field) => field.Replace("\\040", " ").Replace("\\011", "\t").Replace("\\012", "\n").Replace("\\134", "\\");

    private static bool IsUnder(string path, string mountPoint) =>
        mountPoint == "/" || path == mountPoint || path.StartsWith(mountPoint.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static ListeningSocket[]? ReadListeningSockets(ConcurrentDictionary<string, string> unavailable)
    {
        var sockets = new List<ListeningSocket>();
        try
        {
            foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
            {
                if (!File.Exists(table))
                {
                    continue;
                }

                foreach (var line in File.ReadLines(table).Skip(1))
                {
                    var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (fields.Length < 4 || fields[3] != "0A")
                    {
                        continue;
                    }

                    var colon = fields[1].IndexOf(':');
                    var port = int.Parse(fields[1].Substring(colon + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    sockets.Add(new ListeningSocket(Address(fields[1].Substring(0, colon)), port));
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            unavailable[HostParts.ListeningSockets] = "/proc/net/tcp cannot be read: " + exception.Message;
            return null;
        }

        return sockets.Distinct().OrderBy(socket => socket.Port).ThenBy(socket => socket.Address, StringComparer.Ordinal).ToArray();
    }

    // /proc/net/tcp writes addresses as little-endian 32-bit words in hex.
    private static string Address(string hex)
    {
        var bytes = new byte[hex.Length / 2];
        for (var word = 0; word < hex.Length / 8; word++)
        {
            for (var i = 0; i < 4; i++)
            {
                bytes[(word * 4) + (3 - i)] = byte.Parse(hex.Substring((word * 8) + (i * 2), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }
        }

        return new System.Net.IPAddress(bytes).ToString();
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);

    private static (int? ExitCode, string Output, string Error) Run(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.GetAwaiter().GetResult());
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (null, string.Empty, exception.Message);
        }
    }
}
