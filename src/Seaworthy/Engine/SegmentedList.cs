using System;
using System.Collections;
using System.Collections.Generic;

namespace Seaworthy.Engine;

/// <summary>
/// A list that grows by adding segments rather than by copying itself into an array twice its size. The findings
/// of a large file number in the millions: as one growing array, each doubling was a new array on the large object
/// heap, every one of which could start a full collection of a heap of a gigabyte or more.
/// </summary>
internal sealed class SegmentedList<T> : IEnumerable<T>
{
    // Segments stay below the large object heap's threshold of 85,000 bytes for the elements the engine keeps.
    private const int SegmentSize = 1024;

    private readonly List<T[]> _segments = new();

    public int Count { get; private set; }

    public T this[int index]
    {
        get => _segments[index / SegmentSize][index % SegmentSize];
        set => _segments[index / SegmentSize][index % SegmentSize] = value;
    }

    public void Add(T item)
    {
        if (Count == _segments.Count * SegmentSize)
        {
            _segments.Add(new T[SegmentSize]);
        }

        _segments[Count / SegmentSize][Count % SegmentSize] = item;
        Count++;
    }

    /// <summary>Drops the items from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        if (count < 0 || count > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The list holds fewer items.");
        }

        for (var i = count; i < Count; i++)
        {
            this[i] = default!;
        }

        Count = count;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
