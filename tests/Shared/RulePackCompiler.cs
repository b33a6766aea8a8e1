using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Seaworthy.Testing;

/// <summary>Builds real rule-pack assemblies for the tests: C# source compiled against this build of Seaworthy (or a stand-in).</summary>
internal static class RulePackCompiler
{
    /// <summary>The sample pack's analyzer: images only from allowed registries (option <c>allowed</c>).</summary>
    public const string AllowedRegistrySource = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Seaworthy.Analysis;
        using Seaworthy.Dockerfile;

        namespace Contoso.ContainerRules;

        public sealed class AllowedRegistryAnalyzer : Analyzer
        {
            private static readonly RuleOption<IReadOnlyList<string>> Allowed = RuleOption.StringList(
                "allowed", "registries images may come from", new[] { "registry.example.com" });

            public static readonly RuleDescriptor Rule = new(
                "CONTOSO001", "contoso-allowed-registry", "Image from a registry Contoso does not allow",
                "Image '{0}' is not from an allowed registry ({1})", RuleCategory.Security, Severity.Warning,
                EnabledByDefault: true, Surfaces.Dockerfile, "https://contoso.example/rules/CONTOSO001", Array.Empty<string>())
            {
                Options = new RuleOption[] { Allowed },
            };

            public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

            public override void Initialize(AnalysisContext context) =>
                context.RegisterInstruction<FromInstruction>(c =>
                {
                    var allowed = c.GetOption(Rule, Allowed);
                    if (c.Instruction.Image is { } image && !allowed.Any(registry => image.Value.StartsWith(registry + "/", StringComparison.Ordinal)))
                    {
                        c.Report(Rule, c.GetLocation(image.Span), image.Value, string.Join(", ", allowed));
                    }
                });
        }
        """;

    /// <summary>
    /// Compiles <paramref name="source"/> into <c><paramref name="folder"/>/<paramref name="name"/>.dll</c> and returns its
    /// path; <paramref name="dependencies"/> are more assemblies it uses (a pack's own dependencies).
    /// </summary>
    public static string Compile(string folder, string name, string source, string version = "1.2.0", string? seaworthy = null, params string[] dependencies)
    {
        Directory.CreateDirectory(folder);
        var host = typeof(Seaworthy.Analysis.Analyzer).Assembly.Location;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(seaworthy ?? host)
            .Concat(dependencies)
            .Select(path => MetadataReference.CreateFromFile(path));
        var attributes = $"[assembly: System.Reflection.AssemblyVersion(\"{version}.0\")]\n[assembly: System.Reflection.AssemblyInformationalVersion(\"{version}+0123abc\")]\n";
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(attributes), CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var path = Path.Combine(folder, name + ".dll");
        var result = compilation.Emit(path);
        if (!result.Success)
        {
            throw new InvalidOperationException("the test's rule pack does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return path;
    }
}
