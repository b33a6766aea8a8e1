using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using Seaworthy.Engine;
using Seaworthy.Testing;

namespace Contoso.ContainerRules.Tests;

/// <summary>
/// Every fixture under Fixtures/&lt;rule id&gt;/: fires-* files must report exactly what their '# expect' comments say,
/// ok-* files nothing. Write a new comment with its span only and run once with SEAWORTHY_WRITE_FIXTURE_MESSAGES=1.
/// </summary>
public sealed class FixtureTests
{
    private static readonly AnalysisEngine Engine = new(new[] { new AllowedRegistryAnalyzer() });

    // The fixtures are copied beside the test assembly.
    private static string Root => Path.Combine(Path.GetDirectoryName(typeof(FixtureTests).Assembly.Location)!, "Fixtures");

    public static IEnumerable<TestCaseData> Fixtures() =>
        RuleFixtures.Find(Root).Select(path => new TestCaseData(path).SetName(Path.GetRelativePath(Root, path).Replace('\\', '/')));

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture(string path) => RuleFixtures.Verify(Engine, Root, path);
}
