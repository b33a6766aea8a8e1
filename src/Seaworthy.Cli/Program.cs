using System;
using System.Threading.Tasks;
using Seaworthy.Cli;
using Seaworthy.Cli.Output;

try
{
    return await SeaworthyCommand.RunAsync(args, Console.OpenStandardInput(), StandardOutput.Open(), Console.Error).ConfigureAwait(false);
}
catch (StandardOutputClosedException exception)
{
    try
    {
        await Console.Error.WriteLineAsync("seaworthy: cannot write to standard output: " + exception.Message).ConfigureAwait(false);
    }
    catch (Exception error) when (error is System.IO.IOException or UnauthorizedAccessException)
    {
        // Standard error is gone too: the exit code is all that is left to say it.
    }

    return ExitCodes.UsageError;
}
catch (Exception exception)
{
    await Console.Error.WriteLineAsync("seaworthy: internal error: " + exception).ConfigureAwait(false);
    return ExitCodes.InternalError;
}
