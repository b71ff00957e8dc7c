// Warp 1.19.0 cuda code for ground_contact_e28d5ec4.py; preceded by preamble_cuda_93b22071978ccd96.cuh

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





extern "C" __global__ void ground_contact_0c98eded_cuda_kernel_forward(
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
        wp::mat_t<3, 3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        Pose_4527d167* var_40;
        wp::quat_t<wp::float32>* var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::quat_t<wp::float32> var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 10.0;
        wp::float32 var_49;
        wp::float32 var_50;
        bool var_51;
        const wp::float32 var_52 = 10.0;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::float32 var_60 = 0.0;
        wp::float32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        bool var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        const wp::int32 var_67 = 0;
        wp::int32 var_68;
        const wp::int32 var_69 = 3;
        bool var_70;
        const wp::float32 var_71 = 0.5;
        wp::float32 var_72;
        const wp::float32 var_73 = 0.5;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 1;
        wp::int32 var_79;
        wp::float32 var_80;
        wp::float32* var_81;
        bool var_82;
        wp::float32 var_83;
        wp::float32* var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        const wp::float32 var_90 = 0.0;
        wp::float32 var_91;
        wp::float32* var_92;
        wp::float32 var_93;
        bool var_94;
        wp::float32 var_95;
        wp::float32* var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32* var_99;
        bool var_100;
        wp::float32 var_101;
        wp::float32 var_102;
        const bool var_103 = true;
        wp::float32* var_104;
        wp::float32 var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::mat_t<3, 3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::mat_t<3, 3, wp::float32> var_111;
        wp::mat_t<3, 3, wp::float32> var_112;
        wp::vec_t<3, wp::float32> var_113;
        const wp::float32 var_114 = 0.0;
        bool var_115;
        wp::vec_t<3, wp::float32>* var_116;
        Pose_4527d167* var_117;
        wp::vec_t<3, wp::float32>* var_118;
        wp::vec_t<3, wp::float32> var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::vec_t<3, wp::float32> var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::vec_t<3, wp::float32> var_123;
        wp::vec_t<3, wp::float32> var_124;
        wp::vec_t<3, wp::float32> var_125;
        const wp::float32 var_126 = 0.0;
        wp::vec_t<3, wp::float32> var_127;
        wp::vec_t<3, wp::float32> var_128;
        //---------
        // forward
        // def ground_contact(particles: wp.array(dtype=Particle), shapes: wp.array(dtype=Shape), impulses: wp.array(dtype=wp.vec3)):       <L 27>
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
        // q_factor = wp.mat33()                                                                  <L 33>
        var_38 = wp::mat_t<3, 3, wp::float32>();
        // r_2 = wp.mat33()                                                                       <L 34>
        var_39 = wp::mat_t<3, 3, wp::float32>();
        // wp.qr3(wp.quat_to_matrix(shape.pose.q), q_factor, r_2)                                 <L 35>
        var_40 = &((var_12).pose);
        var_41 = &(((var_12).pose).q);
        var_43 = wp::load(var_41);
        var_42 = wp::quat_to_matrix(var_43);
        wp::qr3(var_42, var_38, var_39);
        // upper = q_factor * r_2                                                                 <L 36>
        var_44 = wp::mul(var_38, var_39);
        // lo = float(pt.radius)                                                                  <L 37>
        var_45 = &((var_2).radius);
        var_47 = wp::load(var_45);
        var_46 = wp::float(var_47);
        // hi = float(float(10.0))                                                                <L 38>
        var_49 = wp::float(var_48);
        var_50 = wp::float(var_49);
        // if lo > hi:                                                                            <L 39>
        var_51 = (var_46 > var_50);
        if (var_51) {
            // lo = float(10.0)                                                                   <L 40>
            var_53 = wp::float(var_52);
            // hi = pt.radius                                                                     <L 41>
            var_54 = &((var_2).radius);
            var_56 = wp::load(var_54);
            var_55 = wp::copy(var_56);
        }
        var_57 = wp::where(var_51, var_53, var_46);
        var_58 = wp::where(var_51, var_55, var_50);
        // range_width = hi - lo                                                                  <L 42>
        var_59 = wp::sub(var_58, var_57);
        // tier_val = float(0.0)                                                                  <L 43>
        var_61 = wp::float(var_60);
        // if pt.radius < -range_width:                                                           <L 44>
        var_62 = &((var_2).radius);
        var_63 = wp::neg(var_59);
        var_65 = wp::load(var_62);
        var_64 = (var_65 < var_63);
        if (var_64) {
            // iterate = float(range_width)                                                       <L 45>
            var_66 = wp::float(var_59);
            // iters = int(0)                                                                     <L 46>
            var_68 = wp::int(var_67);
            // while iters < 3:                                                                   <L 47>
        start_while_0:;
            var_70 = (var_68 < var_69);
        if ((var_70) == false) goto end_while_0;
                // iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters))                          <L 48>
                var_72 = wp::mul(var_71, var_66);
                var_74 = wp::float(var_68);
                var_75 = wp::tanh(var_74);
                var_76 = wp::mul(var_73, var_75);
                var_77 = wp::add(var_72, var_76);
                // iters += 1                                                                     <L 49>
                var_79 = wp::add(var_68, var_78);
                wp::assign(var_66, var_77);
                wp::assign(var_68, var_79);
        goto start_while_0;
        end_while_0:;
            // tier_val = iterate                                                                 <L 50>
            var_80 = wp::copy(var_66);
        }
        if (!var_64) {
            // elif pt.radius < range_width:                                                      <L 51>
            var_81 = &((var_2).radius);
            var_83 = wp::load(var_81);
            var_82 = (var_83 < var_59);
            if (var_82) {
                // tier_val = pt.radius                                                           <L 52>
                var_84 = &((var_2).radius);
                var_86 = wp::load(var_84);
                var_85 = wp::copy(var_86);
            }
            if (!var_82) {
                // tier_val = range_width                                                         <L 54>
                var_87 = wp::copy(var_59);
            }
            var_88 = wp::where(var_82, var_85, var_87);
        }
        var_89 = wp::where(var_64, var_80, var_88);
        // band = float(0.0)                                                                      <L 55>
        var_91 = wp::float(var_90);
        // if pt.radius < -tier_val:                                                              <L 56>
        var_92 = &((var_2).radius);
        var_93 = wp::neg(var_89);
        var_95 = wp::load(var_92);
        var_94 = (var_95 < var_93);
        if (var_94) {
            // band = pt.radius                                                                   <L 57>
            var_96 = &((var_2).radius);
            var_98 = wp::load(var_96);
            var_97 = wp::copy(var_98);
        }
        if (!var_94) {
            // elif pt.radius < tier_val:                                                         <L 58>
            var_99 = &((var_2).radius);
            var_101 = wp::load(var_99);
            var_100 = (var_101 < var_89);
            if (var_100) {
                // band = tier_val                                                                <L 59>
                var_102 = wp::copy(var_89);
            }
            if (!var_100) {
                // band = wp.where(True, range_width, pt.radius)                                  <L 61>
                var_104 = &((var_2).radius);
                var_106 = wp::load(var_104);
                var_105 = wp::where(var_103, var_59, var_106);
            }
            var_107 = wp::where(var_100, var_102, var_105);
        }
        var_108 = wp::where(var_94, var_97, var_107);
        // vecs = wp.mat33()                                                                      <L 62>
        var_109 = wp::mat_t<3, 3, wp::float32>();
        // vals = wp.vec3()                                                                       <L 63>
        var_110 = wp::vec_t<3, wp::float32>();
        // wp.eig3(upper + wp.transpose(upper), vecs, vals)                                       <L 64>
        var_111 = wp::transpose(var_44);
        var_112 = wp::add(var_44, var_111);
        wp::eig3(var_112, var_109, var_110);
        // spectrum = vecs * vals                                                                 <L 65>
        var_113 = wp::mul(var_109, var_110);
        // impulses[tid] = wp.where(depth > 0.0, (pt.pos + shape.pose.p + wp.vec3(band) + spectrum) * depth, wp.vec3(0.0))       <L 66>
        var_115 = (var_37 > var_114);
        var_116 = &((var_2).pos);
        var_117 = &((var_12).pose);
        var_118 = &(((var_12).pose).p);
        var_120 = wp::load(var_116);
        var_121 = wp::load(var_118);
        var_119 = wp::add(var_120, var_121);
        var_122 = wp::vec_t<3, wp::float32>(var_108);
        var_123 = wp::add(var_119, var_122);
        var_124 = wp::add(var_123, var_113);
        var_125 = wp::mul(var_124, var_37);
        var_127 = wp::vec_t<3, wp::float32>(var_126);
        var_128 = wp::where(var_115, var_125, var_127);
        wp::array_store(var_impulses, var_0, var_128);
}



extern "C" __global__ void ground_contact_0c98eded_cuda_kernel_backward(
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
        wp::mat_t<3, 3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        Pose_4527d167* var_40;
        wp::quat_t<wp::float32>* var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::quat_t<wp::float32> var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 10.0;
        wp::float32 var_49;
        wp::float32 var_50;
        bool var_51;
        const wp::float32 var_52 = 10.0;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::float32 var_60 = 0.0;
        wp::float32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        bool var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        const wp::int32 var_67 = 0;
        wp::int32 var_68;
        const wp::int32 var_69 = 3;
        bool var_70;
        const wp::float32 var_71 = 0.5;
        wp::float32 var_72;
        const wp::float32 var_73 = 0.5;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 1;
        wp::int32 var_79;
        wp::float32 var_80;
        wp::float32* var_81;
        bool var_82;
        wp::float32 var_83;
        wp::float32* var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        const wp::float32 var_90 = 0.0;
        wp::float32 var_91;
        wp::float32* var_92;
        wp::float32 var_93;
        bool var_94;
        wp::float32 var_95;
        wp::float32* var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32* var_99;
        bool var_100;
        wp::float32 var_101;
        wp::float32 var_102;
        const bool var_103 = true;
        wp::float32* var_104;
        wp::float32 var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::mat_t<3, 3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::mat_t<3, 3, wp::float32> var_111;
        wp::mat_t<3, 3, wp::float32> var_112;
        wp::vec_t<3, wp::float32> var_113;
        const wp::float32 var_114 = 0.0;
        bool var_115;
        wp::vec_t<3, wp::float32>* var_116;
        Pose_4527d167* var_117;
        wp::vec_t<3, wp::float32>* var_118;
        wp::vec_t<3, wp::float32> var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::vec_t<3, wp::float32> var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::vec_t<3, wp::float32> var_123;
        wp::vec_t<3, wp::float32> var_124;
        wp::vec_t<3, wp::float32> var_125;
        const wp::float32 var_126 = 0.0;
        wp::vec_t<3, wp::float32> var_127;
        wp::vec_t<3, wp::float32> var_128;
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
        wp::mat_t<3, 3, wp::float32> adj_38 = {};
        wp::mat_t<3, 3, wp::float32> adj_39 = {};
        Pose_4527d167 adj_40 = {};
        wp::quat_t<wp::float32> adj_41 = {};
        wp::mat_t<3, 3, wp::float32> adj_42 = {};
        wp::quat_t<wp::float32> adj_43 = {};
        wp::mat_t<3, 3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        bool adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        bool adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        bool adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        bool adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        bool adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        bool adj_100 = {};
        wp::float32 adj_101 = {};
        wp::float32 adj_102 = {};
        bool adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::mat_t<3, 3, wp::float32> adj_109 = {};
        wp::vec_t<3, wp::float32> adj_110 = {};
        wp::mat_t<3, 3, wp::float32> adj_111 = {};
        wp::mat_t<3, 3, wp::float32> adj_112 = {};
        wp::vec_t<3, wp::float32> adj_113 = {};
        wp::float32 adj_114 = {};
        bool adj_115 = {};
        wp::vec_t<3, wp::float32> adj_116 = {};
        Pose_4527d167 adj_117 = {};
        wp::vec_t<3, wp::float32> adj_118 = {};
        wp::vec_t<3, wp::float32> adj_119 = {};
        wp::vec_t<3, wp::float32> adj_120 = {};
        wp::vec_t<3, wp::float32> adj_121 = {};
        wp::vec_t<3, wp::float32> adj_122 = {};
        wp::vec_t<3, wp::float32> adj_123 = {};
        wp::vec_t<3, wp::float32> adj_124 = {};
        wp::vec_t<3, wp::float32> adj_125 = {};
        wp::float32 adj_126 = {};
        wp::vec_t<3, wp::float32> adj_127 = {};
        wp::vec_t<3, wp::float32> adj_128 = {};
        //---------
        // forward
        // def ground_contact(particles: wp.array(dtype=Particle), shapes: wp.array(dtype=Shape), impulses: wp.array(dtype=wp.vec3)):       <L 27>
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
        // q_factor = wp.mat33()                                                                  <L 33>
        var_38 = wp::mat_t<3, 3, wp::float32>();
        // r_2 = wp.mat33()                                                                       <L 34>
        var_39 = wp::mat_t<3, 3, wp::float32>();
        // wp.qr3(wp.quat_to_matrix(shape.pose.q), q_factor, r_2)                                 <L 35>
        var_40 = &((var_12).pose);
        var_41 = &(((var_12).pose).q);
        var_43 = wp::load(var_41);
        var_42 = wp::quat_to_matrix(var_43);
        wp::qr3(var_42, var_38, var_39);
        // upper = q_factor * r_2                                                                 <L 36>
        var_44 = wp::mul(var_38, var_39);
        // lo = float(pt.radius)                                                                  <L 37>
        var_45 = &((var_2).radius);
        var_47 = wp::load(var_45);
        var_46 = wp::float(var_47);
        // hi = float(float(10.0))                                                                <L 38>
        var_49 = wp::float(var_48);
        var_50 = wp::float(var_49);
        // if lo > hi:                                                                            <L 39>
        var_51 = (var_46 > var_50);
        if (var_51) {
            // lo = float(10.0)                                                                   <L 40>
            var_53 = wp::float(var_52);
            // hi = pt.radius                                                                     <L 41>
            var_54 = &((var_2).radius);
            var_56 = wp::load(var_54);
            var_55 = wp::copy(var_56);
        }
        var_57 = wp::where(var_51, var_53, var_46);
        var_58 = wp::where(var_51, var_55, var_50);
        // range_width = hi - lo                                                                  <L 42>
        var_59 = wp::sub(var_58, var_57);
        // tier_val = float(0.0)                                                                  <L 43>
        var_61 = wp::float(var_60);
        // if pt.radius < -range_width:                                                           <L 44>
        var_62 = &((var_2).radius);
        var_63 = wp::neg(var_59);
        var_65 = wp::load(var_62);
        var_64 = (var_65 < var_63);
        if (var_64) {
            // iterate = float(range_width)                                                       <L 45>
            var_66 = wp::float(var_59);
            // iters = int(0)                                                                     <L 46>
            var_68 = wp::int(var_67);
            // while iters < 3:                                                                   <L 47>
            // tier_val = iterate                                                                 <L 50>
            var_80 = wp::copy(var_66);
        }
        if (!var_64) {
            // elif pt.radius < range_width:                                                      <L 51>
            var_81 = &((var_2).radius);
            var_83 = wp::load(var_81);
            var_82 = (var_83 < var_59);
            if (var_82) {
                // tier_val = pt.radius                                                           <L 52>
                var_84 = &((var_2).radius);
                var_86 = wp::load(var_84);
                var_85 = wp::copy(var_86);
            }
            if (!var_82) {
                // tier_val = range_width                                                         <L 54>
                var_87 = wp::copy(var_59);
            }
            var_88 = wp::where(var_82, var_85, var_87);
        }
        var_89 = wp::where(var_64, var_80, var_88);
        // band = float(0.0)                                                                      <L 55>
        var_91 = wp::float(var_90);
        // if pt.radius < -tier_val:                                                              <L 56>
        var_92 = &((var_2).radius);
        var_93 = wp::neg(var_89);
        var_95 = wp::load(var_92);
        var_94 = (var_95 < var_93);
        if (var_94) {
            // band = pt.radius                                                                   <L 57>
            var_96 = &((var_2).radius);
            var_98 = wp::load(var_96);
            var_97 = wp::copy(var_98);
        }
        if (!var_94) {
            // elif pt.radius < tier_val:                                                         <L 58>
            var_99 = &((var_2).radius);
            var_101 = wp::load(var_99);
            var_100 = (var_101 < var_89);
            if (var_100) {
                // band = tier_val                                                                <L 59>
                var_102 = wp::copy(var_89);
            }
            if (!var_100) {
                // band = wp.where(True, range_width, pt.radius)                                  <L 61>
                var_104 = &((var_2).radius);
                var_106 = wp::load(var_104);
                var_105 = wp::where(var_103, var_59, var_106);
            }
            var_107 = wp::where(var_100, var_102, var_105);
        }
        var_108 = wp::where(var_94, var_97, var_107);
        // vecs = wp.mat33()                                                                      <L 62>
        var_109 = wp::mat_t<3, 3, wp::float32>();
        // vals = wp.vec3()                                                                       <L 63>
        var_110 = wp::vec_t<3, wp::float32>();
        // wp.eig3(upper + wp.transpose(upper), vecs, vals)                                       <L 64>
        var_111 = wp::transpose(var_44);
        var_112 = wp::add(var_44, var_111);
        wp::eig3(var_112, var_109, var_110);
        // spectrum = vecs * vals                                                                 <L 65>
        var_113 = wp::mul(var_109, var_110);
        // impulses[tid] = wp.where(depth > 0.0, (pt.pos + shape.pose.p + wp.vec3(band) + spectrum) * depth, wp.vec3(0.0))       <L 66>
        var_115 = (var_37 > var_114);
        var_116 = &((var_2).pos);
        var_117 = &((var_12).pose);
        var_118 = &(((var_12).pose).p);
        var_120 = wp::load(var_116);
        var_121 = wp::load(var_118);
        var_119 = wp::add(var_120, var_121);
        var_122 = wp::vec_t<3, wp::float32>(var_108);
        var_123 = wp::add(var_119, var_122);
        var_124 = wp::add(var_123, var_113);
        var_125 = wp::mul(var_124, var_37);
        var_127 = wp::vec_t<3, wp::float32>(var_126);
        var_128 = wp::where(var_115, var_125, var_127);
        // wp::array_store(var_impulses, var_0, var_128);
        //---------
        // reverse
        wp::adj_array_store(var_impulses, var_0, var_128, adj_impulses, adj_0, adj_128);
        wp::adj_where(var_115, var_125, var_127, adj_115, adj_125, adj_127, adj_128);
        wp::adj_vec_t(var_126, adj_126, adj_127);
        wp::adj_mul(var_124, var_37, adj_124, adj_37, adj_125);
        wp::adj_add(var_123, var_113, adj_123, adj_113, adj_124);
        wp::adj_add(var_119, var_122, adj_119, adj_122, adj_123);
        wp::adj_vec_t(var_108, adj_108, adj_122);
        wp::adj_add(var_120, var_121, adj_116, adj_118, adj_119);
        adj_117.p += adj_118;
        adj_12.pose += adj_117;
        adj_2.pos += adj_116;
        // adj: impulses[tid] = wp.where(depth > 0.0, (pt.pos + shape.pose.p + wp.vec3(band) + spectrum) * depth, wp.vec3(0.0))  <L 66>
        wp::adj_mul(var_109, var_110, adj_109, adj_110, adj_113);
        // adj: spectrum = vecs * vals                                                            <L 65>
        wp::adj_eig3(var_112, var_109, var_110, adj_112, adj_109, adj_110);
        wp::adj_add(var_44, var_111, adj_44, adj_111, adj_112);
        wp::adj_transpose(var_44, adj_44, adj_111);
        // adj: wp.eig3(upper + wp.transpose(upper), vecs, vals)                                  <L 64>
        // adj: vals = wp.vec3()                                                                  <L 63>
        // adj: vecs = wp.mat33()                                                                 <L 62>
        wp::adj_where(var_94, var_97, var_107, adj_94, adj_97, adj_107, adj_108);
        if (!var_94) {
            wp::adj_where(var_100, var_102, var_105, adj_100, adj_102, adj_105, adj_107);
            if (!var_100) {
                wp::adj_where(var_103, var_59, var_106, adj_103, adj_59, adj_104, adj_105);
                adj_2.radius += adj_104;
                // adj: band = wp.where(True, range_width, pt.radius)                             <L 61>
            }
            if (var_100) {
                wp::adj_copy(var_89, adj_89, adj_102);
                // adj: band = tier_val                                                           <L 59>
            }
            adj_2.radius += adj_99;
            // adj: elif pt.radius < tier_val:                                                    <L 58>
        }
        if (var_94) {
            wp::adj_copy(var_98, adj_96, adj_97);
            adj_2.radius += adj_96;
            // adj: band = pt.radius                                                              <L 57>
        }
        wp::adj_neg(var_89, adj_89, adj_93);
        adj_2.radius += adj_92;
        // adj: if pt.radius < -tier_val:                                                         <L 56>
        wp::adj_float(var_90, adj_90, adj_91);
        // adj: band = float(0.0)                                                                 <L 55>
        wp::adj_where(var_64, var_80, var_88, adj_64, adj_80, adj_88, adj_89);
        if (!var_64) {
            wp::adj_where(var_82, var_85, var_87, adj_82, adj_85, adj_87, adj_88);
            if (!var_82) {
                wp::adj_copy(var_59, adj_59, adj_87);
                // adj: tier_val = range_width                                                    <L 54>
            }
            if (var_82) {
                wp::adj_copy(var_86, adj_84, adj_85);
                adj_2.radius += adj_84;
                // adj: tier_val = pt.radius                                                      <L 52>
            }
            adj_2.radius += adj_81;
            // adj: elif pt.radius < range_width:                                                 <L 51>
        }
        if (var_64) {
            wp::adj_copy(var_66, adj_66, adj_80);
            // adj: tier_val = iterate                                                            <L 50>
        start_while_0:;
            var_70 = (var_68 < var_69);
        if ((var_70) == false) goto end_while_0;
        adj_71 = {};
        adj_72 = {};
        adj_73 = {};
        adj_74 = {};
        adj_75 = {};
        adj_76 = {};
        adj_77 = {};
        adj_78 = {};
        adj_79 = {};
                // iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters))                          <L 48>
                var_72 = wp::mul(var_71, var_66);
                var_74 = wp::float(var_68);
                var_75 = wp::tanh(var_74);
                var_76 = wp::mul(var_73, var_75);
                var_77 = wp::add(var_72, var_76);
                // iters += 1                                                                     <L 49>
                var_79 = wp::add(var_68, var_78);
                wp::assign(var_66, var_77);
                wp::assign(var_68, var_79);
                wp::adj_assign(var_68, var_79, adj_68, adj_79);
                wp::adj_assign(var_66, var_77, adj_66, adj_77);
                wp::adj_add(var_68, var_78, adj_68, adj_78, adj_79);
                // adj: iters += 1                                                                <L 49>
                wp::adj_add(var_72, var_76, adj_72, adj_76, adj_77);
                wp::adj_mul(var_73, var_75, adj_73, adj_75, adj_76);
                wp::adj_tanh(var_74, var_75, adj_74, adj_75);
                wp::adj_float(var_68, adj_68, adj_74);
                wp::adj_mul(var_71, var_66, adj_71, adj_66, adj_72);
                // adj: iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters))                     <L 48>
        goto start_while_0;
        end_while_0:;
            // adj: while iters < 3:                                                              <L 47>
            // adj: iters = int(0)                                                                <L 46>
            wp::adj_float(var_59, adj_59, adj_66);
            // adj: iterate = float(range_width)                                                  <L 45>
        }
        wp::adj_neg(var_59, adj_59, adj_63);
        adj_2.radius += adj_62;
        // adj: if pt.radius < -range_width:                                                      <L 44>
        wp::adj_float(var_60, adj_60, adj_61);
        // adj: tier_val = float(0.0)                                                             <L 43>
        wp::adj_sub(var_58, var_57, adj_58, adj_57, adj_59);
        // adj: range_width = hi - lo                                                             <L 42>
        wp::adj_where(var_51, var_55, var_50, adj_51, adj_55, adj_50, adj_58);
        wp::adj_where(var_51, var_53, var_46, adj_51, adj_53, adj_46, adj_57);
        if (var_51) {
            wp::adj_copy(var_56, adj_54, adj_55);
            adj_2.radius += adj_54;
            // adj: hi = pt.radius                                                                <L 41>
            wp::adj_float(var_52, adj_52, adj_53);
            // adj: lo = float(10.0)                                                              <L 40>
        }
        // adj: if lo > hi:                                                                       <L 39>
        wp::adj_float(var_49, adj_49, adj_50);
        wp::adj_float(var_48, adj_48, adj_49);
        // adj: hi = float(float(10.0))                                                           <L 38>
        wp::adj_float(var_47, adj_45, adj_46);
        adj_2.radius += adj_45;
        // adj: lo = float(pt.radius)                                                             <L 37>
        wp::adj_mul(var_38, var_39, adj_38, adj_39, adj_44);
        // adj: upper = q_factor * r_2                                                            <L 36>
        wp::adj_qr3(var_42, var_38, var_39, adj_42, adj_38, adj_39);
        wp::adj_quat_to_matrix(var_43, adj_41, adj_42);
        adj_40.q += adj_41;
        adj_12.pose += adj_40;
        // adj: wp.qr3(wp.quat_to_matrix(shape.pose.q), q_factor, r_2)                            <L 35>
        // adj: r_2 = wp.mat33()                                                                  <L 34>
        // adj: q_factor = wp.mat33()                                                             <L 33>
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
        // adj: def ground_contact(particles: wp.array(dtype=Particle), shapes: wp.array(dtype=Shape), impulses: wp.array(dtype=wp.vec3)):  <L 27>
        return;
}

