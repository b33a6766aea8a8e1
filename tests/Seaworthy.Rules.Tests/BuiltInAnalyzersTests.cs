using System;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Rules.Tests;

/// <summary>The generated registry (src/Seaworthy.Generators) against what the rules assembly holds.</summary>
public sealed class BuiltInAnalyzersTests
{
    [Test]
    public void Every_analyzer_in_the_assembly_is_built_in_once()
    {
        var types = typeof(BuiltInAnalyzers).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Analyzer)) && !type.IsAbstract);

        var registered = BuiltInAnalyzers.CreateAll().Select(analyzer => analyzer.GetType()).ToList();

        registered.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(types);
    }

    [Test]
    public void Analyzers_come_in_order_of_full_type_name()
    {
        BuiltInAnalyzers.CreateAll().Select(analyzer => analyzer.GetType().FullName).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Test]
    public void Each_call_creates_new_analyzers()
    {
        BuiltInAnalyzers.CreateAll().Zip(BuiltInAnalyzers.CreateAll()).Should().OnlyContain(pair => !ReferenceEquals(pair.First, pair.Second));
    }

    [Test]
    public void Rule_ids_are_unique_across_the_analyzers()
    {
        var ids = BuiltInAnalyzers.CreateAll().SelectMany(analyzer => analyzer.SupportedRules).Select(rule => rule.Id).ToList();

        ids.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        ids.Should().NotContain(ToolRules.All.Select(rule => rule.Id), "SW0xxx belong to the engine");
    }
}
