using System;

namespace Seaworthy.Testing;

/// <summary>A fixture's findings differ from its expect comments, or the fixture is malformed; every test framework reports it as a failure.</summary>
public sealed class FixtureMismatchException : Exception
{
    /// <summary>Creates the exception with what differs.</summary>
    public FixtureMismatchException(string message)
        : base(message)
    {
    }
}
