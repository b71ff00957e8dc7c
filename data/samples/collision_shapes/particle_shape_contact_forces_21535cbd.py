import warp as wp


# shape material rows: (ke, kd, kf, mu)
contact_material = wp.types.vector(length=4, dtype=wp.float32)


def create_particle_shape_contact_forces_kernel(friction: str):
    @wp.kernel
    def particle_shape_contact_forces(
        shape_materials: wp.array[contact_material],
        soft_contact_count: wp.array[wp.int32],
        soft_contact_particle: wp.array[wp.int32],
        contact_shape: wp.array[wp.int32],
        contact_body_pos: wp.array[wp.vec3],
        soft_contact_body_vel: wp.array[wp.vec3],
        soft_contact_normal: wp.array[wp.vec3],
        shape_body: wp.array[wp.int32],
        positions: wp.array[wp.vec3],
        velocities: wp.array[wp.vec3],
        radii: wp.array[float],
        xforms: wp.array[wp.transform],
        max_soft_contacts: wp.int32,
        margin: float,
        forces: wp.array[wp.vec3],
        wrenches_out: wp.array[wp.spatial_vector],
    ):
        tid = wp.tid()
        if tid >= wp.min(soft_contact_count[0], max_soft_contacts):
            return
        shape = contact_shape[tid]
        particle = soft_contact_particle[tid]
        body = shape_body[shape]
        X_wb = wp.transform_identity()
        if body >= 0:
            X_wb = xforms[body]
        bx = wp.transform_point(X_wb, contact_body_pos[tid])
        n = soft_contact_normal[tid]
        separation = wp.dot(n, positions[particle] - bx) - radii[particle]
        if separation > margin:
            return
        material = shape_materials[shape]
        bv = wp.transform_vector(X_wb, soft_contact_body_vel[tid])
        v_rel = velocities[particle] - bv
        v_normal = wp.dot(n, v_rel)
        v_tangent = v_rel - n * v_normal
        fn = separation * material[0]
        if wp.static(friction == "coulomb"):
            ft = wp.normalize(v_tangent) * wp.min(material[2] * wp.length(v_tangent), wp.abs(material[3] * fn))
        elif wp.static(friction == "viscous"):
            ft = v_tangent * material[2]
        else:
            ft = wp.vec3()
        f_total = n * fn + ft
        wp.atomic_sub(forces, particle, f_total)
        if body >= 0:
            wp.atomic_add(wrenches_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))
    return particle_shape_contact_forces


particle_shape_contact_forces_viscous = create_particle_shape_contact_forces_kernel("viscous")
