import warp as wp


OBS_DIM = 15
obs_vec = wp.types.vector(length=OBS_DIM, dtype=wp.float32)


@wp.func
def yaw_only(q: wp.quat) -> wp.quat:
    # the base's heading about +z, without its roll and pitch
    fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))
    return wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.atan2(fwd[1], fwd[0]))


def create_reach_task_observations_kernel(frame: str, clip: float):
    @wp.kernel(enable_backward=False)
    def reach_task_observations(
        articulation_root: wp.array(dtype=int),
        hand_body: wp.array(dtype=int),
        xforms: wp.array(dtype=wp.transform),
        twists: wp.array(dtype=wp.spatial_vector),
        target_positions: wp.array(dtype=wp.vec3),
        obs: wp.array(dtype=obs_vec),
    ):
        """Per-environment policy observation for a reaching task, packed into one vector; the frame and the clip value are fixed when the kernel is built."""
        env = wp.tid()
        ee = hand_body[env]
        X_we = xforms[ee]
        p_ee = wp.transform_get_translation(X_we)
        if wp.static(frame == "world"):
            X_ref = wp.transform_identity()
        else:
            X_wb = xforms[articulation_root[env]]
            if wp.static(frame == "heading"):
                X_ref = wp.transform(wp.transform_get_translation(X_wb), yaw_only(wp.transform_get_rotation(X_wb)))
            else:
                X_ref = X_wb
        X_inv = wp.transform_inverse(X_ref)
        ee_local = wp.transform_point(X_inv, p_ee)
        to_goal = wp.transform_vector(X_inv, target_positions[env] - p_ee)
        v_ee = wp.transform_vector(X_inv, wp.spatial_bottom(twists[ee]))
        q_ee = wp.quat_inverse(wp.transform_get_rotation(X_ref)) * wp.transform_get_rotation(X_we)
        R = wp.quat_to_matrix(q_ee)
        o = obs_vec(
            ee_local[0], ee_local[1], ee_local[2],
            to_goal[0], to_goal[1], to_goal[2],
            v_ee[0], v_ee[1], v_ee[2],
            R[0, 0], R[1, 0], R[2, 0], R[0, 1], R[1, 1], R[2, 1],
        )
        if wp.static(clip > 0.0):
            o = wp.min(wp.max(o, obs_vec(-clip)), obs_vec(clip))
        obs[env] = o
    return reach_task_observations


reach_task_observations_base = create_reach_task_observations_kernel("base", 5.0)


@wp.kernel
def local_to_world(
    points: wp.array(dtype=wp.vec3),
    root_xform: wp.transform,
    points_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    pt = points[tid]
    points_out[tid] = wp.transform_vector(root_xform, pt)
