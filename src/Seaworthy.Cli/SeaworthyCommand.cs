using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Seaworthy.Cli.Commands;
using Seaworthy.Cli.Output;

namespace Seaworthy.Cli;

/// <summary>The <c>seaworthy</c> command line: parses the arguments and runs the chosen command.</summary>
internal static class SeaworthyCommand
{
    /// <summary>The version of the package, as <c>--version</c> prints it.</summary>
    public static string Version { get; } =
        typeof(SeaworthyCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Runs the command line with the given streams and returns the exit code; <paramref name="input"/> is read as bytes, like a file.</summary>
    public static async Task<int> RunAsync(string[] args, Stream input, TextWriter output, TextWriter error)
    {
        using var masked = new MaskedTextWriter(error);
        return await RunMaskedAsync(args, input, output, masked).ConfigureAwait(false);
    }

    private static async Task<int> RunMaskedAsync(string[] args, Stream input, TextWriter output, TextWriter error)
    {
        // Not a RootCommand: it is named after the entry assembly (Seaworthy.Cli, or the test host), and help must say
        // seaworthy; its --version reads the entry assembly too, which is not ours when hosted (tests, MSBuild).
        var version = new Option<bool>("--version") { Description = "Print the version and exit." };
        var root = new Command("seaworthy", "Seaworthy: static analysis for Dockerfiles and container configuration.")
        {
            LintCommand.Create(input, output, error),
            AuditCommand.Create(output, error),
            RulesCommand.Create(output, error),
            InitCommand.Create(output, error),
        };
        root.Options.Add(version);
        root.Options.Add(new HelpOption());
        root.SetAction(parseResult =>
        {
            if (parseResult.GetValue(version))
            {
                output.WriteLine(Version);
                return ExitCodes.Success;
            }

            error.WriteLine("seaworthy: a command is required: lint, audit, rules or init. Run 'seaworthy --help' for usage.");
            return ExitCodes.UsageError;
        });

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync("seaworthy: " + parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'seaworthy --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
    }
}
