using System;
using System.Threading.Tasks;
using Seaworthy.Cli;

try
{
    return await SeaworthyCommand.RunAsync(args, Console.In, Console.Out, Console.Error).ConfigureAwait(false);
}
catch (Exception exception)
{
    await Console.Error.WriteLineAsync("seaworthy: internal error: " + exception).ConfigureAwait(false);
    return ExitCodes.InternalError;
}
