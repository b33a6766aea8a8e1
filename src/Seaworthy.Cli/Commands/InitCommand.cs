using System;
using System.CommandLine;
using System.IO;

namespace Seaworthy.Cli.Commands;

/// <summary><c>seaworthy init [FOLDER]</c>: writes a commented <c>.seaworthy.yaml</c>, never over an existing file.</summary>
internal static class InitCommand
{
    private const string Template = """
        # Seaworthy configuration: https://github.com/seaworthy-dev/seaworthy/blob/main/docs/configuration.md
        # The nearest .seaworthy.yaml above a linted file applies to it.

        # Rule levels by id or name: error, warning, info, hidden or off (`seaworthy rules` lists them).
        rules:
          # missing-healthcheck: off
          # A rule's options (the lists it checks against; each rule page gives the defaults):
          # sensitive-host-mount:
          #   level: error
          #   options:
          #     sensitive-host-paths: [/, /etc, /var/lib/docker]

        # Files that are not linted, relative to this folder.
        ignore: []

        # Rule levels for some paths, applied after `rules`.
        overrides: []
        #  - files: ["legacy/**"]
        #    rules:
        #      run-as-root: info

        # Registries images may come from; empty allows any (rule SW1005).
        trusted-registries: []

        # Labels every image must carry: text, url, semver, hash, rfc3339, spdx or email (rules SW2040-SW2042).
        required-labels: {}
        strict-labels: false

        # Exit with 1 when a finding is at or above: error, warning, info or none.
        fail-on: warning

        # Findings accepted for now (seaworthy lint --write-baseline FILE): only new ones are reported.
        # baseline: seaworthy-baseline.json

        # ARG values used to resolve FROM and ENV, like docker build --build-arg.
        build-args: {}

        # The stage whose image runs, like docker build --target (default: the last stage).
        # target: runtime

        """;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo?>("folder")
        {
            Description = "Where to write .seaworthy.yaml (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("init", "Write a commented .seaworthy.yaml (never over an existing one).") { folder };
        command.SetAction(parseResult =>
        {
            var directory = parseResult.GetValue(folder)?.FullName ?? Directory.GetCurrentDirectory();
            if (!Directory.Exists(directory))
            {
                error.WriteLine($"seaworthy: no such folder: {directory}");
                return ExitCodes.UsageError;
            }

            var path = Path.Combine(directory, ".seaworthy.yaml");
            var temporary = Path.Combine(directory, ".seaworthy.yaml." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                File.WriteAllText(temporary, Template.Replace("\r\n", "\n", StringComparison.Ordinal));

                // Moving without overwrite fails if the file appeared meanwhile: an existing configuration is never replaced.
                File.Move(temporary, path, overwrite: false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(File.Exists(path) ? $"seaworthy: {path} already exists; it was left as it is" : $"seaworthy: cannot write {path}: {exception.Message}");
                return ExitCodes.UsageError;
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }

            output.WriteLine($"Wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
