using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Workloads;

/// <summary>
/// Describes each stage of a Dockerfile as a <see cref="ContainerSpec"/>: the image it produces, with the
/// user, health check, environment and ports it inherits through <c>FROM &lt;stage&gt;</c>. Stages no other
/// stage builds on are <see cref="ContainerRole.Image"/>; the others are <see cref="ContainerRole.BuildStage"/>.
/// </summary>
public static class DockerfileContainerAdapter
{
    /// <summary>One container per stage, in stage order.</summary>
    public static IReadOnlyList<ContainerSpec> Describe(DockerfileModel model, IReadOnlyDictionary<string, string>? buildArguments = null)
    {
        var text = model.Syntax.Text;

        // A variable with no value at lint time stays as written: it is set at build time, not empty.
        var expander = new WordExpander(model.Syntax.EscapeCharacter) { SkipUnsetEnv = true };
        var containers = new List<ContainerSpec>(model.Stages.Count);
        foreach (var stage in model.Stages)
        {
            var scope = new VariableScope();
            Func<string, string?> lookup = scope.Lookup;

            // Only the last USER counts: its place is looked up once, after the walk, not for every USER.
            string? userValue = null;
            var userSpan = default(TextSpan);
            HealthcheckSetting? healthcheck = null;
            var environment = new List<EnvironmentVariable>();
            var ports = new List<Setting<string>>();
            foreach (var link in stage.Chain)
            {
                foreach (var instruction in link.Instructions)
                {
                    switch (instruction)
                    {
                        case ArgInstruction arg:
                            DockerfileModel.DeclareArgs(arg, scope, model.GlobalScope, model.Expander, buildArguments);
                            foreach (var declaration in arg.Declarations)
                            {
                                environment.Add(new EnvironmentVariable(
                                    declaration.Name,
                                    scope.Lookup(declaration.Name),
                                    text.GetLocation(declaration.NameSpan),
                                    declaration.DefaultValueSpan is { } span ? text.GetLocation(span) : null,
                                    EnvironmentSource.BuildArgument));
                            }

                            break;
                        case EnvInstruction env:
                            // Every pair of one ENV sees the variables as they were before the instruction: the values
                            // are expanded first and set after, so no copy of the scope is needed.
                            var values = new string[env.Pairs.Count];
                            for (var i = 0; i < values.Length; i++)
                            {
                                values[i] = Expand(expander, env.Pairs[i].Value, lookup);
                            }

                            for (var i = 0; i < values.Length; i++)
                            {
                                var pair = env.Pairs[i];
                                scope.Set(pair.Key, values[i], pair.ValueSpan);
                                environment.Add(new EnvironmentVariable(pair.Key, values[i], text.GetLocation(pair.KeySpan), text.GetLocation(pair.ValueSpan), EnvironmentSource.Environment));
                            }

                            break;
                        case UserInstruction { User: { } written }:
                            userValue = Expand(expander, written.Value, lookup);
                            userSpan = written.Span;
                            break;
                        case HealthcheckInstruction healthcheckInstruction:
                            healthcheck = new HealthcheckSetting(healthcheckInstruction.IsNone, text.GetLocation(healthcheckInstruction.Span));
                            break;
                        case ExposeInstruction expose:
                            foreach (var port in expose.Arguments)
                            {
                                ports.Add(new Setting<string>(Expand(expander, port.Value, lookup), text.GetLocation(port.Span)));
                            }

                            break;
                    }
                }
            }

            var image = stage.BaseStage is null
                ? new ContainerImage(stage.BaseImage, stage.From.Image?.Value ?? string.Empty, text.GetLocation(stage.BaseImageDecidedAt), stage.IsBaseImageResolved)
                : null;
            containers.Add(new ContainerSpec(
                stage.DisplayName,
                stage.Name is null ? "Stage " + stage.Index.ToString(CultureInfo.InvariantCulture) : $"Stage '{stage.Name}'",
                stage.IsReferenced ? ContainerRole.BuildStage : ContainerRole.Image,
                text.GetLocation(stage.From.Span),
                image,
                userValue is null ? null : new Setting<string>(userValue, text.GetLocation(userSpan)),
                healthcheck,
                environment,
                ports));
        }

        return containers;
    }

    private static string Expand(WordExpander expander, string raw, Func<string, string?> lookup)
    {
        var expansion = expander.ExpandWord(raw, lookup);
        return expansion.Error is null ? expansion.Value : raw;
    }
}
