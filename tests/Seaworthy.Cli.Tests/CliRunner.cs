using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Seaworthy.Cli.Tests;

/// <summary>Runs the command line in process with captured streams.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(input));
        var exitCode = await SeaworthyCommand.RunAsync(args, stream, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    public static async Task<(int ExitCode, string Output, string Error)> RunWithStreamAsync(Stream input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SeaworthyCommand.RunAsync(args, input, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs in process, failing (rather than hanging the suite) when the run does not end within <paramref name="patience"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithinAsync(TimeSpan patience, params string[] args)
    {
        var run = Task.Run(() => RunAsync(args));
        if (await Task.WhenAny(run, Task.Delay(patience)) != run)
        {
            throw new TimeoutException($"seaworthy {string.Join(' ', args)} did not end within {patience.TotalSeconds} s");
        }

        return await run;
    }

    /// <summary>
    /// Runs the built command as its own process through bash, for what only a real process shows (a closed or broken
    /// standard output, standard input from a device); <paramref name="redirections"/> are bash's, after the arguments.
    /// </summary>
    public static (int ExitCode, string Output, string Error) RunProcess(string prefix, string redirections, params string[] args)
    {
        var cli = Path.Combine(Path.GetDirectoryName(typeof(SeaworthyCommand).Assembly.Location)!, "Seaworthy.Cli.dll");
        var command = $"{prefix} dotnet {Quote(cli)} {string.Join(' ', args.Select(Quote))} {redirections}";
        var start = new ProcessStartInfo("bash", new[] { "-c", command }) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not end within 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
