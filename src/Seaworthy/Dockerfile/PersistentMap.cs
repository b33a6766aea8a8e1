using System;
using System.Collections.Generic;

namespace Seaworthy.Dockerfile;

/// <summary>
/// An immutable map from names (compared ordinally) to values, kept as a balanced (AVL) tree: setting a name
/// makes a new map that shares all but O(log n) nodes with the old one. This lets every instruction keep the
/// variables it sees without a copy per instruction, and stages built on one stage share what they inherit.
/// </summary>
internal sealed class PersistentMap<TValue>
    where TValue : class
{
    public static readonly PersistentMap<TValue> Empty = new(null);

    private readonly Node? _root;

    private PersistentMap(Node? root) => _root = root;

    public TValue? Find(string key)
    {
        var node = _root;
        while (node is not null)
        {
            var comparison = string.CompareOrdinal(key, node.Key);
            if (comparison == 0)
            {
                return node.Value;
            }

            node = comparison < 0 ? node.Left : node.Right;
        }

        return null;
    }

    public PersistentMap<TValue> Set(string key, TValue value) => new(Set(_root, key, value));

    /// <summary>The values in ordinal order of their names.</summary>
    public IEnumerable<TValue> Values
    {
        get
        {
            var pending = new Stack<Node>();
            for (var node = _root; node is not null || pending.Count > 0; node = node.Right)
            {
                for (; node is not null; node = node.Left)
                {
                    pending.Push(node);
                }

                node = pending.Pop();
                yield return node.Value;
            }
        }
    }

    private static Node Set(Node? node, string key, TValue value)
    {
        if (node is null)
        {
            return new Node(key, value, null, null);
        }

        var comparison = string.CompareOrdinal(key, node.Key);
        if (comparison == 0)
        {
            return new Node(key, value, node.Left, node.Right);
        }

        return comparison < 0
            ? Balance(node.Key, node.Value, Set(node.Left, key, value), node.Right)
            : Balance(node.Key, node.Value, node.Left, Set(node.Right, key, value));
    }

    private static int Height(Node? node) => node?.Height ?? 0;

    private static Node Balance(string key, TValue value, Node? left, Node? right)
    {
        var difference = Height(left) - Height(right);
        if (difference > 1)
        {
            var l = left!;
            return Height(l.Left) >= Height(l.Right)
                ? new Node(l.Key, l.Value, l.Left, new Node(key, value, l.Right, right))
                : new Node(l.Right!.Key, l.Right.Value, new Node(l.Key, l.Value, l.Left, l.Right.Left), new Node(key, value, l.Right.Right, right));
        }

        if (difference < -1)
        {
            var r = right!;
            return Height(r.Right) >= Height(r.Left)
                ? new Node(r.Key, r.Value, new Node(key, value, left, r.Left), r.Right)
                : new Node(r.Left!.Key, r.Left.Value, new Node(key, value, left, r.Left.Left), new Node(r.Key, r.Value, r.Left.Right, r.Right));
        }

        return new Node(key, value, left, right);
    }

    private sealed class Node
    {
        public Node(string key, TValue value, Node? left, Node? right)
        {
            Key = key;
            Value = value;
            Left = left;
            Right = right;
            Height = Math.Max(left?.Height ?? 0, right?.Height ?? 0) + 1;
        }

        public string Key { get; }

        public TValue Value { get; }

        public Node? Left { get; }

        public Node? Right { get; }

        public int Height { get; }
    }
}
