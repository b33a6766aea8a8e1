using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>What the package-manager rules ask about a command: its subcommand, its package words, cache mounts.</summary>
public static class PackageManagerQueries
{
    // Per script (its command list), the start of the last clean for each manager, clean words and directories.
    private static readonly LastKeyMemo<IReadOnlyList<ShellCommand>, Dictionary<(string, string?, string[], string[]), int>> LastCleans = new(_ => new());

    /// <summary>The options of apt-get that take a value (<c>-t bookworm-backports</c>, <c>-o Opt=1</c>, <c>-c file</c>).</summary>
    public static readonly ShellOptionSpec AptGetOptions = new("toc", "target-release", "default-release", "option", "config-file");

    /// <summary>The options of apk that take a value (<c>-t .build-deps</c>, <c>-X https://mirror/v3.20/main</c>, <c>-p /root</c>).</summary>
    public static readonly ShellOptionSpec ApkOptions = new("tXp", "virtual", "repository", "root", "repositories-file", "arch", "keys-dir", "cache-dir", "cache-max-age", "timeout", "wait");

    /// <summary>The options of yum, dnf and microdnf that take a value (<c>-c file</c>, <c>--enablerepo repo</c>, <c>-x pkg</c>).</summary>
    public static readonly ShellOptionSpec RpmOptions = new("cdeRx", "config", "debuglevel", "errorlevel", "installroot", "releasever", "enablerepo", "disablerepo", "repo", "repoid", "exclude", "setopt", "forcearch");

    /// <summary>The options of zypper that take a value (<c>-r repo</c>, <c>-t pattern</c>, <c>--root dir</c>).</summary>
    public static readonly ShellOptionSpec ZypperOptions = new("rRcDCt", "repo", "root", "config", "reposd-dir", "cache-dir", "type", "from");

    private static readonly string[] CleanSubcommand = { "clean" };

    private static readonly string[] RpmInstallSubcommands = { "install", "groupinstall", "localinstall", "module" };

    private static readonly string[] DnfInstallSubcommands = { "install", "in", "groupinstall", "localinstall", "module" };

    private static readonly string[] DnfUpgradeSubcommands = { "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei" };

    private static readonly char[] RpmNonPackageCharacters = { '/', '@', '(', '=', '<', '>' };

    /// <summary>
    /// The parsed arguments of a yum, dnf or microdnf install named <paramref name="name"/>: <c>install</c>,
    /// <c>groupinstall</c>, <c>localinstall</c> or <c>module install</c>, with <paramref name="packagesFrom"/> the
    /// index of the first package operand and <paramref name="isModule"/> true for modules. Null for other commands.
    /// </summary>
    public static ShellArguments? GetRpmInstall(ShellCommand command, string name, out int packagesFrom, out bool isModule) =>
        GetRpmInstall(command, name, RpmInstallSubcommands, out packagesFrom, out isModule);

    /// <summary>
    /// <see cref="GetRpmInstall(ShellCommand, string, out int, out bool)"/> for dnf and microdnf, which also take
    /// <c>in</c> for <c>install</c>.
    /// </summary>
    public static ShellArguments? GetDnfInstall(ShellCommand command, string name, out int packagesFrom, out bool isModule) =>
        GetRpmInstall(command, name, DnfInstallSubcommands, out packagesFrom, out isModule);

    /// <summary>
    /// The parsed arguments of a dnf or microdnf command named <paramref name="name"/> that downloads packages into
    /// the cache: an install as <see cref="GetDnfInstall"/> reads it, or <c>upgrade</c>, <c>reinstall</c> and their
    /// abbreviations (<c>up</c>, <c>upgrade-minimal</c>, <c>up-min</c>, <c>rei</c>). Null for other commands.
    /// </summary>
    public static ShellArguments? GetDnfDownload(ShellCommand command, string name) =>
        GetDnfInstall(command, name, out _, out _) ?? GetSubcommand(command, name, RpmOptions, DnfUpgradeSubcommands);

    private static ShellArguments? GetRpmInstall(ShellCommand command, string name, string[] installSubcommands, out int packagesFrom, out bool isModule)
    {
        packagesFrom = 0;
        isModule = false;
        if (GetSubcommand(command, name, RpmOptions, installSubcommands) is not { } arguments)
        {
            return null;
        }

        var index = SubcommandIndex(arguments);
        if (arguments.Operands[index].Value == "module")
        {
            if (index + 1 >= arguments.Operands.Count || arguments.Operands[index + 1].Value != "install")
            {
                return null;
            }

            isModule = true;
            index++;
        }

        packagesFrom = index + 1;
        return arguments;
    }

    /// <summary>
    /// The parsed arguments when <paramref name="command"/> is <paramref name="name"/> with one of
    /// <paramref name="subcommand"/> as its first operand written without a variable (<c>apt-get -y install curl</c>,
    /// <c>apt-get $FLAGS install curl</c>), otherwise null.
    /// </summary>
    public static ShellArguments? GetSubcommand(ShellCommand command, string name, ShellOptionSpec spec, params string[] subcommand)
    {
        if (command.Name != name)
        {
            return null;
        }

        var arguments = command.GetArguments(spec);
        var index = SubcommandIndex(arguments);
        return index >= 0 && Array.IndexOf(subcommand, arguments.Operands[index].Value) >= 0 ? arguments : null;
    }

    /// <summary>The subcommand of arguments that <see cref="GetSubcommand"/> accepted (<c>install</c>).</summary>
    public static string Subcommand(ShellArguments arguments) => SubcommandWord(arguments).Value ?? string.Empty;

    /// <summary>The word of the subcommand of arguments that <see cref="GetSubcommand"/> accepted.</summary>
    public static ShellWord SubcommandWord(ShellArguments arguments) => arguments.Operands[SubcommandIndex(arguments)];

    /// <summary>
    /// True when an option or an operand is written with a variable and starts with it (<c>$APT_FLAGS</c>,
    /// <c>--$OPT</c>): it may be any option once the shell expands it.
    /// </summary>
    public static bool HasDynamicOption(ShellArguments arguments)
    {
        foreach (var option in arguments.Options)
        {
            if (option.IsDynamic)
            {
                return true;
            }
        }

        foreach (var operand in arguments.Operands)
        {
            if (operand.Value is null && operand.StaticPrefix.Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The operands after the subcommand that name a package as written: a word with a variable is only known at
    /// build time, so it is left out, as are words that start with a dash.
    /// </summary>
    public static IEnumerable<(ShellWord Word, string Value)> Packages(ShellArguments arguments) => Packages(arguments, SubcommandIndex(arguments) + 1);

    /// <summary>The package operands from index <paramref name="from"/> on, as <see cref="Packages(ShellArguments)"/> reads them.</summary>
    public static IEnumerable<(ShellWord Word, string Value)> Packages(ShellArguments arguments, int from)
    {
        for (var i = from; i < arguments.Operands.Count; i++)
        {
            var word = arguments.Operands[i];
            if (word.Value is { Length: > 0 } value && value[0] != '-')
            {
                yield return (word, value);
            }
        }
    }

    /// <summary>
    /// True when the layers of <paramref name="stage"/> end up in the image the build produces: it is the build target
    /// (by default the last stage), or the target is built <c>FROM</c> it, directly or through other stages. A stage
    /// that is only copied from, or not used, leaves its files behind. A RUN outside any stage (before the first
    /// FROM, or in a fragment) counts as in the image.
    /// </summary>
    public static bool EndsUpInTheImage(DockerfileModel dockerfile, BuildStage? stage) =>
        stage is null || dockerfile.TargetStage is not { } target || target.IsBuiltOn(stage);

    /// <summary>True when the RUN mounts a cache or tmpfs on one of <paramref name="targets"/> (<c>--mount=type=cache,target=/var/cache/apk</c>).</summary>
    public static bool HasCacheMount(RunInstruction run, params string[] targets)
    {
        foreach (var flag in run.Flags)
        {
            if (flag.Name != "mount" || flag.Value is not { } value)
            {
                continue;
            }

            string? type = null;
            string? target = null;
            foreach (var field in value.Split(','))
            {
                var equals = field.IndexOf('=');
                var key = (equals < 0 ? field : field.Substring(0, equals)).Trim();
                var fieldValue = equals < 0 ? string.Empty : field.Substring(equals + 1).Trim().Trim('"');
                if (key == "type")
                {
                    type = fieldValue;
                }
                else if (key is "target" or "dst" or "destination")
                {
                    target = fieldValue.Length > 1 ? fieldValue.TrimEnd('/') : fieldValue;
                }
            }

            if (type is "cache" or "tmpfs" && target is not null && Array.IndexOf(targets, target) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a command after <paramref name="command"/> in the same RUN cleans the cache: <c>&lt;manager&gt; clean all</c>
    /// (any <c>clean</c> when <paramref name="cleanTarget"/> is null) or an <c>rm</c> of one of <paramref name="cacheDirectories"/>
    /// or of everything in it (<c>rm -rf /var/cache/yum/*</c>).
    /// </summary>
    public static bool CleansCacheLater(ShellCommand command, IReadOnlyList<ShellCommand> commands, string manager, string? cleanTarget, params string[] cacheDirectories) =>
        CleansCacheLater(command, commands, manager, CleanSubcommand, cleanTarget, cacheDirectories);

    /// <summary>
    /// <see cref="CleansCacheLater(ShellCommand, IReadOnlyList{ShellCommand}, string, string?, string[])"/> for a manager whose
    /// clean subcommand has other names too (<c>zypper cc</c>).
    /// </summary>
    public static bool CleansCacheLater(ShellCommand command, IReadOnlyList<ShellCommand> commands, string manager, string[] cleanSubcommands, string? cleanTarget, string[] cacheDirectories)
    {
        // Where the script's last clean is, found once per script and manager rather than once per install
        // command (a RUN of thousands of installs stays linear): a clean comes later when it starts later.
        if (commands.Count == 0)
        {
            return false;
        }

        var lastCleans = LastCleans.Get(commands);
        var key = (manager, cleanTarget, cleanSubcommands, cacheDirectories);
        if (!lastCleans.TryGetValue(key, out var lastClean))
        {
            lastClean = LastClean(commands, manager, cleanSubcommands, cleanTarget, cacheDirectories);
            lastCleans.Add(key, lastClean);
        }

        return lastClean > command.Span.Start;
    }

    // The start of the last command of the script that cleans the manager's cache, or -1.
    private static int LastClean(IReadOnlyList<ShellCommand> commands, string manager, string[] cleanSubcommands, string? cleanTarget, string[] cacheDirectories)
    {
        var last = -1;
        foreach (var other in commands)
        {
            if (Cleans(other, manager, cleanSubcommands, cleanTarget, cacheDirectories))
            {
                last = Math.Max(last, other.Span.Start);
            }
        }

        return last;
    }

    private static bool Cleans(ShellCommand other, string manager, string[] cleanSubcommands, string? cleanTarget, string[] cacheDirectories)
    {
        if (other.Name == manager && GetSubcommand(other, manager, RpmOptions, cleanSubcommands) is { } clean)
        {
            var index = SubcommandIndex(clean);
            return cleanTarget is null || (index + 1 < clean.Operands.Count && clean.Operands[index + 1].Value == cleanTarget);
        }

        return other.Name == "rm" && RemovesAny(other, cacheDirectories);
    }

    /// <summary>
    /// The packages of a yum, dnf or microdnf install that name no version: not <c>httpd-2.4.6</c>, a file or URL
    /// (<c>./tool.rpm</c>), a group (<c>@core</c>, any <c>groupinstall</c> operand) or a capability
    /// (<c>perl(JSON)</c>); for <c>module install</c>, a module without a stream (<c>nodejs</c> rather than <c>nodejs:20</c>).
    /// </summary>
    public static IEnumerable<(ShellWord Word, string Value)> UnpinnedRpmPackages(ShellArguments arguments, int packagesFrom, bool isModule)
    {
        if (arguments.Operands[packagesFrom - 1].Value == "groupinstall")
        {
            yield break;
        }

        foreach (var (word, value) in Packages(arguments, packagesFrom))
        {
            var pinned = isModule
                ? value.IndexOf(':') >= 0
                : value.IndexOfAny(RpmNonPackageCharacters) >= 0 || value.EndsWith(".rpm", StringComparison.Ordinal) || HasVersion(value);
            if (!pinned)
            {
                yield return (word, value);
            }
        }
    }

    /// <summary>
    /// The package operands from index <paramref name="from"/> on whose version is a variable that the RUN's stage
    /// does not have but an ENV of another stage sets (<c>git-${version}</c> with <c>ENV version=2.46.0</c> in a
    /// stage this one is not built on): the build sees it empty, so the package is not pinned.
    /// </summary>
    public static IEnumerable<(ShellWord Word, string Value)> PinnedFromOtherStage(ShellCommandContext context, ShellArguments arguments, int from)
    {
        for (var i = from; i < arguments.Operands.Count; i++)
        {
            var word = arguments.Operands[i];
            var name = word.Value is null ? word.StaticPrefix.TrimEnd('-') : string.Empty;
            if (name.Length > 0 && name[0] != '-' && SetOnlyInOtherStage(context, word))
            {
                yield return (word, name);
            }
        }
    }

    private static bool SetOnlyInOtherStage(ShellCommandContext context, ShellWord word)
    {
        foreach (var node in word.DescendantNodes())
        {
            if (node is not ShellParameterExpansion { Name: var name } || context.State.IsDeclared(name)
                || DockerfileModel.IsAutomaticArg(name) || AssignedInScript(context.Script.Commands, name))
            {
                continue;
            }

            foreach (var stage in context.Dockerfile.Stages)
            {
                if (context.Stage?.IsBuiltOn(stage) != true && context.Dockerfile.FinalState(stage).Find(name) is { Kind: StageVariableKind.Environment })
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 'version=1 dnf ...', 'version=1 && ...' or 'export version=1': the script gives the variable its own value.
    private static bool AssignedInScript(IReadOnlyList<ShellCommand> commands, string name)
    {
        foreach (var command in commands)
        {
            foreach (var assignment in command.Assignments)
            {
                if (assignment.Name == name)
                {
                    return true;
                }
            }

            foreach (var argument in command.Arguments)
            {
                if (argument.StaticPrefix.StartsWith(name + "=", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "name-1.2" or "name-1:1.2": a dash followed by a digit starts the version.
    private static bool HasVersion(string package)
    {
        for (var i = package.IndexOf('-'); i >= 0 && i + 1 < package.Length; i = package.IndexOf('-', i + 1))
        {
            if (char.IsDigit(package[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RemovesAny(ShellCommand rm, string[] directories)
    {
        foreach (var operand in rm.GetArguments().Operands)
        {
            if (operand.Value is not { } path)
            {
                continue;
            }

            path = path.TrimEnd('/');
            if (path.EndsWith("/*", StringComparison.Ordinal))
            {
                path = path.Substring(0, path.Length - 2);
            }

            if (Array.IndexOf(directories, path) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int SubcommandIndex(ShellArguments arguments)
    {
        for (var i = 0; i < arguments.Operands.Count; i++)
        {
            if (arguments.Operands[i].Value is not null)
            {
                return i;
            }
        }

        return -1;
    }
}
