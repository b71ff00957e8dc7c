// Warp 1.19.0 cuda code for shape_penetration_8866edf2.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct Particle_b037500b
{
    wp::vec_t<3, wp::float32> pos;
    wp::float32 radius;


    Particle_b037500b() = default;
    CUDA_CALLABLE Particle_b037500b(wp::vec_t<3, wp::float32> const& pos,
    wp::float32 const& radius = {})
        : pos{pos}
        , radius{radius}

    {
    }

    CUDA_CALLABLE Particle_b037500b& operator += (const Particle_b037500b& rhs)
    {    pos += rhs.pos;
    radius += rhs.radius;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_b037500b(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_pos,
    wp::float32 & adj_radius,
    Particle_b037500b & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_radius += adj_ret.radius;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_b037500b add(const Particle_b037500b& a, const Particle_b037500b& b)
{
    return Particle_b037500b();
}

CUDA_CALLABLE void adj_atomic_add(Particle_b037500b* p, Particle_b037500b t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->radius, t.radius);
}




struct Pose_4527d167
{
    wp::vec_t<3, wp::float32> p;
    wp::quat_t<wp::float32> q;


    Pose_4527d167() = default;
    CUDA_CALLABLE Pose_4527d167(wp::vec_t<3, wp::float32> const& p,
    wp::quat_t<wp::float32> const& q = {})
        : p{p}
        , q{q}

    {
    }

    CUDA_CALLABLE Pose_4527d167& operator += (const Pose_4527d167& rhs)
    {    p += rhs.p;
    q += rhs.q;

        return *this;}

};

static CUDA_CALLABLE void adj_Pose_4527d167(wp::vec_t<3, wp::float32> const&,
    wp::quat_t<wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::quat_t<wp::float32> & adj_q,
    Pose_4527d167 & adj_ret)
{
    adj_p += adj_ret.p;
    adj_q += adj_ret.q;
}

// Required when compiling adjoints.
CUDA_CALLABLE Pose_4527d167 add(const Pose_4527d167& a, const Pose_4527d167& b)
{
    return Pose_4527d167();
}

CUDA_CALLABLE void adj_atomic_add(Pose_4527d167* p, Pose_4527d167 t)
{
    wp::adj_atomic_add(&p->p, t.p);
    wp::adj_atomic_add(&p->q, t.q);
}




struct Shape_f6fc302c
{
    Pose_4527d167 pose;
    wp::vec_t<3, wp::float32> half_extent;


    Shape_f6fc302c() = default;
    CUDA_CALLABLE Shape_f6fc302c(Pose_4527d167 const& pose,
    wp::vec_t<3, wp::float32> const& half_extent = {})
        : pose{pose}
        , half_extent{half_extent}

    {
    }

    CUDA_CALLABLE Shape_f6fc302c& operator += (const Shape_f6fc302c& rhs)
    {    pose += rhs.pose;
    half_extent += rhs.half_extent;

        return *this;}

};

static CUDA_CALLABLE void adj_Shape_f6fc302c(Pose_4527d167 const&,
    wp::vec_t<3, wp::float32> const&,
    Pose_4527d167 & adj_pose,
    wp::vec_t<3, wp::float32> & adj_half_extent,
    Shape_f6fc302c & adj_ret)
{
    adj_pose += adj_ret.pose;
    adj_half_extent += adj_ret.half_extent;
}

// Required when compiling adjoints.
CUDA_CALLABLE Shape_f6fc302c add(const Shape_f6fc302c& a, const Shape_f6fc302c& b)
{
    return Shape_f6fc302c();
}

CUDA_CALLABLE void adj_atomic_add(Shape_f6fc302c* p, Shape_f6fc302c t)
{
    adj_atomic_add(&p->pose, t.pose);
    wp::adj_atomic_add(&p->half_extent, t.half_extent);
}





extern "C" __global__ void shape_penetration_68db632c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_b037500b> var_particles,
    wp::array_t<Shape_f6fc302c> var_shapes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_impulses)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        Particle_b037500b* var_1;
        Particle_b037500b var_2;
        Particle_b037500b var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 4;
        wp::int32 var_9;
        wp::int32 var_10;
        Shape_f6fc302c* var_11;
        Shape_f6fc302c var_12;
        Shape_f6fc302c var_13;
        Pose_4527d167* var_14;
        wp::quat_t<wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        Pose_4527d167* var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::quat_t<wp::float32> var_23;
        wp::float32* var_24;
        const wp::float32 var_25 = 0.01;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        bool var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::float32* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        Pose_4527d167* var_46;
        wp::vec_t<3, wp::float32>* var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        Pose_4527d167* var_50;
        wp::quat_t<wp::float32>* var_51;
        wp::float32 var_52;
        wp::quat_t<wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        const wp::float32 var_57 = 0.0;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        //---------
        // forward
        // def shape_penetration(particles: wp.array(dtype=Particle), shapes: wp.array(dtype=Shape), impulses: wp.array(dtype=wp.vec3)):       <L 27>
        // tid = wp.tid()                                                                         <L 28>
        var_0 = builtin_tid1d();
        // pt = particles[tid]                                                                    <L 29>
        var_1 = wp::address(var_particles, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // shape = shapes[tid % wp.min(shapes.shape[0], MAX_SHAPES)]                              <L 30>
        var_4 = &(var_shapes.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_9 = wp::min(var_6, var_8);
        var_10 = wp::mod(var_0, var_9);
        var_11 = wp::address(var_shapes, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // local = wp.quat_rotate_inv(shape.pose.q, pt.pos - shape.pose.p)                        <L 31>
        var_14 = &((var_12).pose);
        var_15 = &(((var_12).pose).q);
        var_16 = &((var_2).pos);
        var_17 = &((var_12).pose);
        var_18 = &(((var_12).pose).p);
        var_20 = wp::load(var_16);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_23 = wp::load(var_15);
        var_22 = wp::quat_rotate_inv(var_23, var_19);
        // depth = pt.radius + CONTACT_MARGIN - wp.length(local - wp.min(wp.max(local, -shape.half_extent), shape.half_extent))       <L 32>
        var_24 = &((var_2).radius);
        var_27 = wp::load(var_24);
        var_26 = wp::add(var_27, var_25);
        var_28 = &((var_12).half_extent);
        var_30 = wp::load(var_28);
        var_29 = wp::neg(var_30);
        var_31 = wp::max(var_22, var_29);
        var_32 = &((var_12).half_extent);
        var_34 = wp::load(var_32);
        var_33 = wp::min(var_31, var_34);
        var_35 = wp::sub(var_22, var_33);
        var_36 = wp::length(var_35);
        var_37 = wp::sub(var_26, var_36);
        // impulses[tid] = wp.where(depth > 0.0, (pt.pos + wp.vec3(pt.radius) + shape.pose.p + wp.vec3(wp.length(shape.pose.q))) * depth, wp.vec3(0.0))       <L 33>
        var_39 = (var_37 > var_38);
        var_40 = &((var_2).pos);
        var_41 = &((var_2).radius);
        var_43 = wp::load(var_41);
        var_42 = wp::vec_t<3, wp::float32>(var_43);
        var_45 = wp::load(var_40);
        var_44 = wp::add(var_45, var_42);
        var_46 = &((var_12).pose);
        var_47 = &(((var_12).pose).p);
        var_49 = wp::load(var_47);
        var_48 = wp::add(var_44, var_49);
        var_50 = &((var_12).pose);
        var_51 = &(((var_12).pose).q);
        var_53 = wp::load(var_51);
        var_52 = wp::length(var_53);
        var_54 = wp::vec_t<3, wp::float32>(var_52);
        var_55 = wp::add(var_48, var_54);
        var_56 = wp::mul(var_55, var_37);
        var_58 = wp::vec_t<3, wp::float32>(var_57);
        var_59 = wp::where(var_39, var_56, var_58);
        wp::array_store(var_impulses, var_0, var_59);
}



extern "C" __global__ void shape_penetration_68db632c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Particle_b037500b> var_particles,
    wp::array_t<Shape_f6fc302c> var_shapes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_impulses,
    wp::array_t<Particle_b037500b> adj_particles,
    wp::array_t<Shape_f6fc302c> adj_shapes,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_impulses)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        Particle_b037500b* var_1;
        Particle_b037500b var_2;
        Particle_b037500b var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 4;
        wp::int32 var_9;
        wp::int32 var_10;
        Shape_f6fc302c* var_11;
        Shape_f6fc302c var_12;
        Shape_f6fc302c var_13;
        Pose_4527d167* var_14;
        wp::quat_t<wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        Pose_4527d167* var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::quat_t<wp::float32> var_23;
        wp::float32* var_24;
        const wp::float32 var_25 = 0.01;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        bool var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::float32* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        Pose_4527d167* var_46;
        wp::vec_t<3, wp::float32>* var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        Pose_4527d167* var_50;
        wp::quat_t<wp::float32>* var_51;
        wp::float32 var_52;
        wp::quat_t<wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        const wp::float32 var_57 = 0.0;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Particle_b037500b adj_1 = {};
        Particle_b037500b adj_2 = {};
        Particle_b037500b adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        Shape_f6fc302c adj_11 = {};
        Shape_f6fc302c adj_12 = {};
        Shape_f6fc302c adj_13 = {};
        Pose_4527d167 adj_14 = {};
        wp::quat_t<wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        Pose_4527d167 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::quat_t<wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        bool adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::float32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        Pose_4527d167 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        Pose_4527d167 adj_50 = {};
        wp::quat_t<wp::float32> adj_51 = {};
        wp::float32 adj_52 = {};
        wp::quat_t<wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        //---------
        // forward
        // def shape_penetration(particles: wp.array(dtype=Particle), shapes: wp.array(dtype=Shape), impulses: wp.array(dtype=wp.vec3)):       <L 27>
        // tid = wp.tid()                                                                         <L 28>
        var_0 = builtin_tid1d();
        // pt = particles[tid]                                                                    <L 29>
        var_1 = wp::address(var_particles, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // shape = shapes[tid % wp.min(shapes.shape[0], MAX_SHAPES)]                              <L 30>
        var_4 = &(var_shapes.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_9 = wp::min(var_6, var_8);
        var_10 = wp::mod(var_0, var_9);
        var_11 = wp::address(var_shapes, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // local = wp.quat_rotate_inv(shape.pose.q, pt.pos - shape.pose.p)                        <L 31>
        var_14 = &((var_12).pose);
        var_15 = &(((var_12).pose).q);
        var_16 = &((var_2).pos);
        var_17 = &((var_12).pose);
        var_18 = &(((var_12).pose).p);
        var_20 = wp::load(var_16);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_23 = wp::load(var_15);
        var_22 = wp::quat_rotate_inv(var_23, var_19);
        // depth = pt.radius + CONTACT_MARGIN - wp.length(local - wp.min(wp.max(local, -shape.half_extent), shape.half_extent))       <L 32>
        var_24 = &((var_2).radius);
        var_27 = wp::load(var_24);
        var_26 = wp::add(var_27, var_25);
        var_28 = &((var_12).half_extent);
        var_30 = wp::load(var_28);
        var_29 = wp::neg(var_30);
        var_31 = wp::max(var_22, var_29);
        var_32 = &((var_12).half_extent);
        var_34 = wp::load(var_32);
        var_33 = wp::min(var_31, var_34);
        var_35 = wp::sub(var_22, var_33);
        var_36 = wp::length(var_35);
        var_37 = wp::sub(var_26, var_36);
        // impulses[tid] = wp.where(depth > 0.0, (pt.pos + wp.vec3(pt.radius) + shape.pose.p + wp.vec3(wp.length(shape.pose.q))) * depth, wp.vec3(0.0))       <L 33>
        var_39 = (var_37 > var_38);
        var_40 = &((var_2).pos);
        var_41 = &((var_2).radius);
        var_43 = wp::load(var_41);
        var_42 = wp::vec_t<3, wp::float32>(var_43);
        var_45 = wp::load(var_40);
        var_44 = wp::add(var_45, var_42);
        var_46 = &((var_12).pose);
        var_47 = &(((var_12).pose).p);
        var_49 = wp::load(var_47);
        var_48 = wp::add(var_44, var_49);
        var_50 = &((var_12).pose);
        var_51 = &(((var_12).pose).q);
        var_53 = wp::load(var_51);
        var_52 = wp::length(var_53);
        var_54 = wp::vec_t<3, wp::float32>(var_52);
        var_55 = wp::add(var_48, var_54);
        var_56 = wp::mul(var_55, var_37);
        var_58 = wp::vec_t<3, wp::float32>(var_57);
        var_59 = wp::where(var_39, var_56, var_58);
        // wp::array_store(var_impulses, var_0, var_59);
        //---------
        // reverse
        wp::adj_array_store(var_impulses, var_0, var_59, adj_impulses, adj_0, adj_59);
        wp::adj_where(var_39, var_56, var_58, adj_39, adj_56, adj_58, adj_59);
        wp::adj_vec_t(var_57, adj_57, adj_58);
        wp::adj_mul(var_55, var_37, adj_55, adj_37, adj_56);
        wp::adj_add(var_48, var_54, adj_48, adj_54, adj_55);
        wp::adj_vec_t(var_52, adj_52, adj_54);
        wp::adj_length(var_53, var_52, adj_51, adj_52);
        adj_50.q += adj_51;
        adj_12.pose += adj_50;
        wp::adj_add(var_44, var_49, adj_44, adj_47, adj_48);
        adj_46.p += adj_47;
        adj_12.pose += adj_46;
        wp::adj_add(var_45, var_42, adj_40, adj_42, adj_44);
        wp::adj_vec_t(var_43, adj_41, adj_42);
        adj_2.radius += adj_41;
        adj_2.pos += adj_40;
        // adj: impulses[tid] = wp.where(depth > 0.0, (pt.pos + wp.vec3(pt.radius) + shape.pose.p + wp.vec3(wp.length(shape.pose.q))) * depth, wp.vec3(0.0))  <L 33>
        wp::adj_sub(var_26, var_36, adj_26, adj_36, adj_37);
        wp::adj_length(var_35, var_36, adj_35, adj_36);
        wp::adj_sub(var_22, var_33, adj_22, adj_33, adj_35);
        wp::adj_min(var_31, var_34, adj_31, adj_32, adj_33);
        adj_12.half_extent += adj_32;
        wp::adj_max(var_22, var_29, adj_22, adj_29, adj_31);
        wp::adj_neg(var_30, adj_28, adj_29);
        adj_12.half_extent += adj_28;
        wp::adj_add(var_27, var_25, adj_24, adj_25, adj_26);
        adj_2.radius += adj_24;
        // adj: depth = pt.radius + CONTACT_MARGIN - wp.length(local - wp.min(wp.max(local, -shape.half_extent), shape.half_extent))  <L 32>
        wp::adj_quat_rotate_inv(var_23, var_19, adj_15, adj_19, adj_22);
        wp::adj_sub(var_20, var_21, adj_16, adj_18, adj_19);
        adj_17.p += adj_18;
        adj_12.pose += adj_17;
        adj_2.pos += adj_16;
        adj_14.q += adj_15;
        adj_12.pose += adj_14;
        // adj: local = wp.quat_rotate_inv(shape.pose.q, pt.pos - shape.pose.p)                   <L 31>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_shapes, var_10, adj_shapes, adj_10, adj_11);
        wp::adj_mod(var_0, var_9, adj_0, adj_9, adj_10);
        wp::adj_min(var_6, var_8, adj_6, adj_8, adj_9);
        adj_shapes.shape = adj_4;
        // adj: shape = shapes[tid % wp.min(shapes.shape[0], MAX_SHAPES)]                         <L 30>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
        // adj: pt = particles[tid]                                                               <L 29>
        // adj: tid = wp.tid()                                                                    <L 28>
        // adj: def shape_penetration(particles: wp.array(dtype=Particle), shapes: wp.array(dtype=Shape), impulses: wp.array(dtype=wp.vec3)):  <L 27>
        return;
}

