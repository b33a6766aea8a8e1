using System.IO;
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
}
