using System;
using System.Threading.Tasks;
using Seaworthy.Cli;
using Seaworthy.Cli.Output;

StandardOutput? output = null;
try
{
    output = StandardOutput.Open();
    var exitCode = await SeaworthyCommand.RunAsync(args, Console.OpenStandardInput(), output, output.Before(Console.Error)).ConfigureAwait(false);
    output.Flush();
    return exitCode;
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
    try
    {
        // What was written before the error still comes out before the word of it.
        output?.Flush();
    }
    catch (StandardOutputClosedException)
    {
        // Standard output is gone: the internal error is what is left to say.
    }

    await Console.Error.WriteLineAsync("seaworthy: internal error: " + exception).ConfigureAwait(false);
    return ExitCodes.InternalError;
}
