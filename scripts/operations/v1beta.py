"""The older v1beta API: creating projects, backups and restores of
Dedicated clusters."""

OPERATIONS = [
    ("createProject", "v1beta", "post", "/projects"),
    ("listBackups", "v1beta", "get", "/projects/{project_id}/clusters/{cluster_id}/backups"),
    ("createBackup", "v1beta", "post", "/projects/{project_id}/clusters/{cluster_id}/backups"),
    ("getBackup", "v1beta", "get",
     "/projects/{project_id}/clusters/{cluster_id}/backups/{backup_id}"),
    ("deleteBackup", "v1beta", "delete",
     "/projects/{project_id}/clusters/{cluster_id}/backups/{backup_id}"),
    ("listRestores", "v1beta", "get", "/projects/{project_id}/restores"),
    ("createRestore", "v1beta", "post", "/projects/{project_id}/restores"),
    ("getRestore", "v1beta", "get", "/projects/{project_id}/restores/{restore_id}"),
]
