using System;
using System.Collections.Generic;

namespace Seaworthy.Analysis;

/// <summary>
/// A setting of one rule that a user may change in <c>.seaworthy.yaml</c>, under the rule's <c>options</c>: a list of
/// strings (host paths, capabilities, name tokens) with a default. It is declared next to the rule's descriptor and
/// listed in <see cref="RuleDescriptor.Options"/>, which makes it the single source of the option's name, type and
/// default for the configuration reader, the rule page and the analyzer, as Roslyn's analyzer config options are.
/// </summary>
/// <remarks>
/// Declare the option before the descriptor that lists it (static fields are initialised in order), and read it
/// in a callback with <see cref="RuleContext.GetOption{T}(RuleDescriptor, RuleOption{T})"/>.
/// </remarks>
public abstract class RuleOption
{
    private protected RuleOption(string name, string description, IReadOnlyList<string> defaultItems, Func<string, string?>? problem)
    {
        Name = name;
        Description = description;
        DefaultItems = defaultItems;
        Problem = problem;
    }

    /// <summary>The kebab-case key under the rule's <c>options</c>, such as <c>sensitive-host-paths</c>.</summary>
    public string Name { get; }

    /// <summary>What the items are, for the rule page and <c>seaworthy</c>'s error messages.</summary>
    public string Description { get; }

    /// <summary>The items used when the configuration does not set the option, in the order the rule page shows them.</summary>
    public IReadOnlyList<string> DefaultItems { get; }

    /// <summary>Why an item is not usable (a relative path where an absolute one is needed), or null when it is.</summary>
    internal Func<string, string?>? Problem { get; }

    /// <summary>A list of strings, read as is.</summary>
    /// <param name="name">The kebab-case key.</param>
    /// <param name="description">What the items are.</param>
    /// <param name="defaultItems">The items when the option is not set.</param>
    /// <param name="problem">Why an item is refused (with its position, as a configuration error), or null to accept it.</param>
    public static RuleOption<IReadOnlyList<string>> StringList(string name, string description, IReadOnlyList<string> defaultItems, Func<string, string?>? problem = null) =>
        new(name, description, defaultItems, items => items, problem);

    /// <summary>
    /// A list of strings that the rule reads as a <typeparamref name="T"/> (a set, a lookup table), converted once
    /// when the configuration is read rather than in every callback.
    /// </summary>
    /// <param name="name">The kebab-case key.</param>
    /// <param name="description">What the items are.</param>
    /// <param name="defaultItems">The items when the option is not set.</param>
    /// <param name="convert">Makes the value the rule reads from the items.</param>
    /// <param name="problem">Why an item is refused (with its position, as a configuration error), or null to accept it.</param>
    public static RuleOption<T> StringList<T>(string name, string description, IReadOnlyList<string> defaultItems, Func<IReadOnlyList<string>, T> convert, Func<string, string?>? problem = null)
        where T : class =>
        new(name, description, defaultItems, convert, problem);

    /// <summary>The value a rule reads for <paramref name="items"/>, as the configuration gives them.</summary>
    internal abstract object Convert(IReadOnlyList<string> items);
}

/// <summary>A rule option whose value a rule reads as a <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The type the analyzer reads.</typeparam>
public sealed class RuleOption<T> : RuleOption
    where T : class
{
    private readonly Func<IReadOnlyList<string>, T> _convert;

    internal RuleOption(string name, string description, IReadOnlyList<string> defaultItems, Func<IReadOnlyList<string>, T> convert, Func<string, string?>? problem)
        : base(name, description, defaultItems, problem)
    {
        _convert = convert;
        Default = convert(defaultItems);
    }

    /// <summary>The value when the configuration does not set the option.</summary>
    public T Default { get; }

    internal override object Convert(IReadOnlyList<string> items) => _convert(items);
}
