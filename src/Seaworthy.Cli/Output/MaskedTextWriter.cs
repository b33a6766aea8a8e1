using System.IO;
using System.Text;
using System.Threading.Tasks;
using Seaworthy.Secrets;

namespace Seaworthy.Cli.Output;

/// <summary>
/// Standard error as the commands write it, each line masked against the secret catalogue before it is written:
/// an error message quotes what the user gave (a <c>--host tcp://user:password@...</c>, a configuration value, an
/// exception's text), and no credential in it reaches a CI log.
/// </summary>
internal sealed class MaskedTextWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly StringBuilder _line = new();

    public MaskedTextWriter(TextWriter inner)
        : base(inner.FormatProvider) => _inner = inner;

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        if (value != '\n')
        {
            _line.Append(value);
            return;
        }

        WriteLinePart();
        _inner.Write('\n');
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override void Flush()
    {
        WriteLinePart();
        _inner.Flush();
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void WriteLinePart()
    {
        if (_line.Length > 0)
        {
            _inner.Write(SecretMasker.Catalogue.MaskText(_line.ToString()));
            _line.Clear();
        }
    }
}
