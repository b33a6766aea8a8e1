using System;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Text;

namespace Seaworthy.Tests.Text;

public sealed class SourceTextTests
{
    [TestCase("")]
    [TestCase("FROM a")]
    [TestCase("FROM a\n")]
    [TestCase("FROM a\nRUN b\r\n\nUSER c\n\n")]
    public void Every_offset_has_its_line_and_column_in_any_order_of_lookup(string content)
    {
        var text = new SourceText("Dockerfile", content);
        var offsets = Enumerable.Range(0, content.Length + 1).ToArray();
        var random = new Random(7);

        // Forwards, backwards and shuffled: the remembered line of the last lookup never decides a wrong answer.
        foreach (var order in new[] { offsets, offsets.Reverse().ToArray(), offsets.OrderBy(_ => random.Next()).ToArray() })
        {
            order.Select(offset => text.GetLinePosition(offset)).Should().Equal(order.Select(offset => Expected(content, offset)));
        }
    }

    // Counted the slow way: a final line break does not start a line of its own.
    private static LinePosition Expected(string content, int offset)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < offset; i++)
        {
            if (content[i] == '\n' && i + 1 < content.Length)
            {
                line++;
                start = i + 1;
            }
        }

        return new LinePosition(line, offset - start + 1);
    }
}
