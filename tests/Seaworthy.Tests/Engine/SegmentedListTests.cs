using System;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Engine;

namespace Seaworthy.Tests.Engine;

public sealed class SegmentedListTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(1024)]
    [TestCase(1025)]
    [TestCase(5000)]
    public void Items_are_kept_in_order_across_segments_and_can_be_cut_off(int count)
    {
        var list = new SegmentedList<int>();
        for (var i = 0; i < count; i++)
        {
            list.Add(i);
        }

        list.Count.Should().Be(count);
        list.Should().Equal(Enumerable.Range(0, count));
        if (count > 0)
        {
            list[count - 1] = -1;
            list[count - 1].Should().Be(-1);
        }

        list.Truncate(count / 2);
        list.Add(7);
        list.Should().Equal(Enumerable.Range(0, count / 2).Append(7));
        list.Invoking(l => l.Truncate(list.Count + 1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
