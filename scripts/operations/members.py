"""Members of the organization (IAM server): list, invite, update one or many,
remove, and send an invitation again."""

OPERATIONS = [
    ("listMembers", "iam", "get", "/members"),
    ("inviteMembers", "iam", "post", "/members"),
    ("batchUpdateMembers", "iam", "post", "/members/batchUpdate"),
    ("updateMember", "iam", "patch", "/members/{userId}"),
    ("deleteMember", "iam", "delete", "/members/{userId}"),
    ("resendMemberInvitation", "iam", "post", "/members/{userId}/resendInvitation"),
]

# The definitions spell the member's id in snake case.
SOURCE_PATHS = {
    "updateMember": "/members/{user_id}",
    "deleteMember": "/members/{user_id}",
    "resendMemberInvitation": "/members/{user_id}/resendInvitation",
}
