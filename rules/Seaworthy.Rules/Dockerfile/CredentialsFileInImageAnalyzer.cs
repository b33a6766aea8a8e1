using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>
/// SW2094: a variable that names a credentials file (<c>GOOGLE_APPLICATION_CREDENTIALS</c>) points into a folder
/// that COPY or ADD fills from the build context, or a COPY writes to where it points.
/// </summary>
public sealed class CredentialsFileInImageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2094",
        "credentials-file-in-image",
        "Credentials file copied into the image",
        "{0}: the credentials file is then a layer of the image; mount it when the container runs, or with RUN --mount=type=secret",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2094"),
        new[] { "trivy:DS031" });

    // The variables client libraries read a credentials file's path from.
    private static readonly HashSet<string> CredentialFileVariables = new(StringComparer.Ordinal)
    {
        "GOOGLE_APPLICATION_CREDENTIALS", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "HF_TOKEN_PATH",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        // The image that runs is the target and the stages it is built on; what other stages copy stays behind.
        if (c.Dockerfile.TargetStage is not { } target)
        {
            return;
        }

        var copies = new List<(Instruction Copy, CopyOperands Operands, string Destination)>();
        var variables = new List<(string Name, string Value, TextSpan Span)>();
        foreach (var stage in target.Chain)
        {
            foreach (var instruction in stage.Instructions)
            {
                Collect(c, instruction, copies, variables);
            }
        }

        // A relative path in the variable is read from the directory the program runs in: the image's WORKDIR.
        var workdir = c.Dockerfile.FinalState(target).Workdir;
        foreach (var (name, value, span) in variables)
        {
            if (Resolve(value, workdir) is not { } path)
            {
                continue;
            }

            foreach (var (copy, operands, destination) in copies)
            {
                if (IsUnder(path, destination) && CouldWrite(operands, destination, path, c.Dockerfile.DockerIgnore))
                {
                    var what = $"'{name}' points to '{value}', which {copy.Keyword.ToUpperInvariant()} fills from the build context";
                    c.Report(Rule, c.GetLocation(span), what);
                    break;
                }
            }
        }
    });

    private static void Collect(DockerfileContext c, Instruction instruction, List<(Instruction, CopyOperands, string)> copies, List<(string, string, TextSpan)> variables)
    {
        switch (instruction)
        {
            case EnvInstruction env:
                foreach (var pair in env.Pairs)
                {
                    if (CredentialFileVariables.Contains(pair.Key))
                    {
                        variables.Add((pair.Key, InstructionQueries.Unquote(pair.Value), pair.KeySpan));
                    }
                }

                break;
            case ArgInstruction arg:
                foreach (var declaration in arg.Declarations)
                {
                    if (CredentialFileVariables.Contains(declaration.Name) && declaration.DefaultValue is { } value)
                    {
                        variables.Add((declaration.Name, InstructionQueries.Unquote(value), declaration.NameSpan));
                    }
                }

                break;
            case CopyInstruction or AddInstruction when instruction.GetFlag("from") is null && InstructionQueries.Operands(instruction) is { } operands:
                var written = InstructionQueries.Unquote(operands.Destination.Value);
                if (VariableName(written) is { } target && CredentialFileVariables.Contains(target))
                {
                    var what = $"{instruction.Keyword.ToUpperInvariant()} writes a file from the build context where '{target}' points";
                    c.Report(Rule, c.GetLocation(operands.Destination.Span), what);
                }
                else if (Resolve(written, c.Dockerfile.StateAt(instruction).Workdir) is { } destination)
                {
                    copies.Add((instruction, operands, destination));
                }

                break;
        }
    }

    // "$NAME" or "${NAME}" and nothing else, or null.
    private static string? VariableName(string word)
    {
        if (word.StartsWith("${", StringComparison.Ordinal) && word.EndsWith("}", StringComparison.Ordinal))
        {
            return word.Substring(2, word.Length - 3);
        }

        return word.StartsWith("$", StringComparison.Ordinal) && word.IndexOf('$', 1) < 0 ? word.Substring(1) : null;
    }

    // An absolute, normalised path; a relative one under the known WORKDIR, or under / when there is none (the
    // working directory of scratch and of nearly every base image); null when a variable or a Windows path, or a
    // WORKDIR with a variable, makes it unknown.
    private static string? Resolve(string path, StageSetting<WorkdirInstruction>? workdir)
    {
        if (path.Length == 0 || path.IndexOf('$') >= 0 || path.IndexOf('\\') >= 0 || path.IndexOf(':') >= 0)
        {
            return null;
        }

        if (!path.StartsWith("/", StringComparison.Ordinal) && workdir is not null)
        {
            if (!workdir.IsKnown || !workdir.Value.StartsWith("/", StringComparison.Ordinal))
            {
                return null;
            }

            path = workdir.Value + "/" + path;
        }

        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part.Length > 0 && part != ".")
            {
                parts.Add(part);
            }
        }

        return "/" + string.Join("/", parts);
    }

    private static bool IsUnder(string path, string directory) =>
        path == directory || path.StartsWith(directory.EndsWith("/", StringComparison.Ordinal) ? directory : directory + "/", StringComparison.Ordinal);

    // Whether one of the sources can put a file at path: a folder's content can, a file only under its own name;
    // not a file that .dockerignore keeps out of the build context.
    private static bool CouldWrite(CopyOperands operands, string destination, string path, DockerIgnore? ignore)
    {
        var relative = path.Length > destination.Length ? path.Substring(destination.Length).TrimStart('/') : string.Empty;
        var firstPart = relative.Split('/')[0];
        foreach (var source in operands.Sources)
        {
            var text = InstructionQueries.Unquote(source.Value).TrimEnd('/');
            if (InstructionQueries.IsHeredoc(source) || InstructionQueries.IsRemote(text))
            {
                continue;
            }

            var slash = text.LastIndexOf('/');
            var name = text.Substring(slash + 1);
            string inContext;
            if (name.Length == 0 || name == "." || name.IndexOf('.', 1) < 0)
            {
                // The context itself, or a name without an extension: most likely a folder, whose content is copied.
                inContext = name is "" or "." ? relative : text + "/" + relative;
            }
            else if (relative.Length == 0 ? operands.Sources.Count == 1 : MatchesWildcards(name, firstPart))
            {
                inContext = relative.Length == 0 ? text : text.Substring(0, slash + 1) + relative;
            }
            else
            {
                continue;
            }

            if (ignore is null || !ignore.Excludes(inContext))
            {
                return true;
            }
        }

        return false;
    }

    // A COPY source's * and ? against one file name.
    private static bool MatchesWildcards(string pattern, string name) =>
        Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
