using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Dockerfile;

namespace Seaworthy.Workloads;

/// <summary>
/// Describes each stage of a Dockerfile as a <see cref="ContainerSpec"/>: the image it produces, with the
/// user, health check, environment and ports it inherits through <c>FROM &lt;stage&gt;</c>. Stages no other
/// stage builds on are <see cref="ContainerRole.Image"/>; the others are <see cref="ContainerRole.BuildStage"/>.
/// </summary>
public static class DockerfileContainerAdapter
{
    /// <summary>
    /// One container per stage, in stage order, from the stage states of <paramref name="model"/> (so with the
    /// build arguments it was built with). Values whose variables are unknown before the build keep them as written.
    /// </summary>
    public static IReadOnlyList<ContainerSpec> Describe(DockerfileModel model)
    {
        var text = model.Syntax.Text;
        var environments = new List<EnvironmentVariable>[model.Stages.Count];
        var portLists = new List<Setting<string>>[model.Stages.Count];
        var containers = new List<ContainerSpec>(model.Stages.Count);
        foreach (var stage in model.Stages)
        {
            // What a stage inherits comes first: the lists of the stage it is built on, then its own.
            var environment = stage.BaseStage is { } parent ? new List<EnvironmentVariable>(environments[parent.Index]) : new List<EnvironmentVariable>();
            var ports = stage.BaseStage is { } baseStage ? new List<Setting<string>>(portLists[baseStage.Index]) : new List<Setting<string>>();
            var instructions = stage.Instructions;
            for (var i = 0; i < instructions.Count; i++)
            {
                var before = model.StateAt(instructions[i]);
                switch (instructions[i])
                {
                    case ArgInstruction arg:
                        var after = i + 1 < instructions.Count ? model.StateAt(instructions[i + 1]) : model.FinalState(stage);
                        foreach (var declaration in arg.Declarations)
                        {
                            environment.Add(new EnvironmentVariable(
                                declaration.Name,
                                after.Lookup(declaration.Name),
                                text.GetLocation(declaration.NameSpan),
                                declaration.DefaultValueSpan is { } span ? text.GetLocation(span) : null,
                                EnvironmentSource.BuildArgument));
                        }

                        break;
                    case EnvInstruction env:
                        foreach (var pair in env.Pairs)
                        {
                            environment.Add(new EnvironmentVariable(pair.Key, before.ExpandForDisplay(pair.Value), text.GetLocation(pair.KeySpan), text.GetLocation(pair.ValueSpan), EnvironmentSource.Environment));
                        }

                        break;
                    case ExposeInstruction expose:
                        foreach (var port in expose.Arguments)
                        {
                            ports.Add(new Setting<string>(before.ExpandForDisplay(port.Value), text.GetLocation(port.Span)));
                        }

                        break;
                }
            }

            environments[stage.Index] = environment;
            portLists[stage.Index] = ports;
            var final = model.FinalState(stage);
            var image = stage.BaseStage is null
                ? new ContainerImage(stage.BaseImage, stage.From.Image?.Value ?? string.Empty, text.GetLocation(stage.BaseImageDecidedAt), stage.IsBaseImageResolved)
                : null;
            containers.Add(new ContainerSpec(
                stage.DisplayName,
                stage.Name is null ? "Stage " + stage.Index.ToString(CultureInfo.InvariantCulture) : $"Stage '{stage.Name}'",
                stage.IsReferenced ? ContainerRole.BuildStage : ContainerRole.Image,
                text.GetLocation(stage.From.Span),
                image,
                final.User is { } user ? new Setting<string>(user.Value, text.GetLocation(user.Instruction.User!.Span)) : null,
                final.Healthcheck is { } healthcheck ? new HealthcheckSetting(healthcheck.IsNone, text.GetLocation(healthcheck.Span)) : null,
                environment,
                ports));
        }

        return containers;
    }
}
