using System;
using System.Threading;

namespace Seaworthy.Rules;

/// <summary>
/// A value computed from a key (a script's commands, a pipeline) and kept for the key last asked on this thread.
/// The shell-command rules ask about one script or pipeline for each of its commands in turn, so one entry per
/// thread is enough. The key is held weakly so that no file's trees stay alive; a ConditionalWeakTable would
/// also take a lock and a dependent handle, which the garbage collector scans, for every script of the file.
/// </summary>
/// <remarks>The value must be computed from the key alone and must not refer to it.</remarks>
internal sealed class LastKeyMemo<TKey, TValue> : IDisposable
    where TKey : class
{
    private readonly Func<TKey, TValue> _create;
    private readonly ThreadLocal<Slot> _slots = new(() => new Slot());

    public LastKeyMemo(Func<TKey, TValue> create)
    {
        _create = create;
    }

    /// <summary>The value for <paramref name="key"/>, computed unless it is the key last asked on this thread.</summary>
    public TValue Get(TKey key)
    {
        var slot = _slots.Value!;
        if (slot.Key.TryGetTarget(out var last) && ReferenceEquals(last, key))
        {
            return slot.Value;
        }

        var value = _create(key);
        slot.Key.SetTarget(key);
        slot.Value = value;
        return value;
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private sealed class Slot
    {
        public WeakReference<TKey> Key { get; } = new(null!);

        public TValue Value { get; set; } = default!;
    }
}
