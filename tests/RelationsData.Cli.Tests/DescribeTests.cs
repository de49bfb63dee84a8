using System;

namespace RelationsData.Cli.Tests;

/// <summary>The verbs spell enums through the library's DatasetNames: flags joined by ", ", and no silent loss of an unnamed bit.</summary>
public class DescribeTests
{
    [Fact]
    public void Name_spells_members_in_camel_case_and_flags_as_their_members()
    {
        Assert.Equal("inForce", Describe.Name(TreatyStatus.InForce));
        Assert.Equal("political, security", Describe.Name(Dimensions.Political | Dimensions.Security));
        Assert.Equal(string.Empty, Describe.Name(Obligations.None));
    }

    [Fact]
    public void Name_refuses_a_flags_value_with_a_bit_no_member_names()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Describe.Name(Dimensions.Political | (Dimensions)8));
    }

    [Fact]
    public void The_dimension_names_are_the_yaml_spellings()
    {
        Assert.Equal([("political", Dimensions.Political), ("economic", Dimensions.Economic), ("security", Dimensions.Security)], Describe.DimensionNames);
    }
}
