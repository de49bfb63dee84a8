using System;
using System.Linq;
using System.Text.Json;

namespace RelationsData.Tests;

/// <summary>DatasetNames: members in camelCase, flags as their single-bit members, and no spelling for a value no member names.</summary>
public sealed class DatasetNamesTests
{
    [Fact]
    public void Of_spells_a_member_in_camel_case()
    {
        Assert.Equal("oilPipeline", DatasetNames.Of(CorridorKind.OilPipeline));
        Assert.Equal("inForce", DatasetNames.Of(TreatyStatus.InForce));
        Assert.Equal("security", DatasetNames.Of(Dimensions.Security));
        Assert.Equal("none", DatasetNames.Of(Dimensions.None));
    }

    [Fact]
    public void Of_agrees_with_the_json_export_for_every_member_of_every_enum_that_is_not_flags()
    {
        var members = typeof(IRecord).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && !DatasetNames.IsFlags(t))
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .ToList();
        Assert.NotEmpty(members);
        Assert.All(members, member => Assert.Equal(
            JsonSerializer.Serialize(member, member.GetType(), JsonReading.ExportJsonReader.Options),
            JsonSerializer.Serialize(DatasetNames.Of(member))));
    }

    [Fact]
    public void FlagsOf_names_the_single_bit_members_set_in_ascending_order()
    {
        Assert.Equal(new[] { "political", "security" }, DatasetNames.FlagsOf(Dimensions.Security | Dimensions.Political));
        Assert.Equal(
            new[] { "consultation", "nonInterference", "territorialIntegrity" },
            DatasetNames.FlagsOf(Obligations.TerritorialIntegrity | Obligations.Consultation | Obligations.NonInterference));
        Assert.Equal(new[] { "economic" }, DatasetNames.FlagsOf(Dimensions.Economic));
    }

    [Fact]
    public void FlagsOf_zero_is_empty()
    {
        Assert.Empty(DatasetNames.FlagsOf(Dimensions.None));
        Assert.Empty(DatasetNames.FlagsOf(default(Obligations)));
    }

    [Fact]
    public void Of_refuses_a_value_no_member_names()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DatasetNames.Of((TreatyStatus)99));
        Assert.Equal("value", error.ParamName);
        Assert.Equal((TreatyStatus)99, error.ActualValue);
        Assert.Contains("TreatyStatus", error.Message, StringComparison.Ordinal);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_refuses_a_combination_of_flags()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DatasetNames.Of(Dimensions.Political | Dimensions.Security));
        Assert.Equal("value", error.ParamName);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(1 | 8)]
    [InlineData(-1)]
    public void FlagsOf_refuses_a_value_that_sets_a_bit_no_member_names_rather_than_dropping_it(int bits)
    {
        var value = (Dimensions)bits;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DatasetNames.FlagsOf(value));
        Assert.Equal("value", error.ParamName);
        Assert.Equal(value, error.ActualValue);
    }

    [Fact]
    public void FlagsOf_refuses_an_enum_that_is_not_flags()
    {
        var error = Assert.Throws<ArgumentException>(() => DatasetNames.FlagsOf(TreatyStatus.InForce));
        Assert.Equal("value", error.ParamName);
        Assert.Contains(nameof(DatasetNames.Of), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsFlags_holds_for_flags_enums_only()
    {
        Assert.True(DatasetNames.IsFlags(typeof(Dimensions)));
        Assert.True(DatasetNames.IsFlags(typeof(Obligations)));
        Assert.False(DatasetNames.IsFlags(typeof(TreatyStatus)));
        Assert.False(DatasetNames.IsFlags(typeof(int)));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => DatasetNames.Of(null!));
        Assert.Throws<ArgumentNullException>(() => DatasetNames.FlagsOf(null!));
        Assert.Throws<ArgumentNullException>(() => DatasetNames.IsFlags(null!));
    }
}
