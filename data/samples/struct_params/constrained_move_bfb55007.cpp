// Warp 1.19.0 cpu code for constrained_move_bfb55007.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

struct SimParams_ffff548d
{
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 damping;
    wp::float32 dt;
    wp::vec_t<3, wp::float32> bounds;


    SimParams_ffff548d() = default;
    CUDA_CALLABLE SimParams_ffff548d(wp::vec_t<3, wp::float32> const& gravity,
    wp::float32 const& damping = {},
    wp::float32 const& dt = {},
    wp::vec_t<3, wp::float32> const& bounds = {})
        : gravity{gravity}
        , damping{damping}
        , dt{dt}
        , bounds{bounds}

    {
    }

    CUDA_CALLABLE SimParams_ffff548d& operator += (const SimParams_ffff548d& rhs)
    {    gravity += rhs.gravity;
    damping += rhs.damping;
    dt += rhs.dt;
    bounds += rhs.bounds;

        return *this;}

};

static CUDA_CALLABLE void adj_SimParams_ffff548d(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_damping,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_bounds,
    SimParams_ffff548d & adj_ret)
{
    adj_gravity += adj_ret.gravity;
    adj_damping += adj_ret.damping;
    adj_dt += adj_ret.dt;
    adj_bounds += adj_ret.bounds;
}

// Required when compiling adjoints.
CUDA_CALLABLE SimParams_ffff548d add(const SimParams_ffff548d& a, const SimParams_ffff548d& b)
{
    return SimParams_ffff548d();
}

CUDA_CALLABLE void adj_atomic_add(SimParams_ffff548d* p, SimParams_ffff548d t)
{
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->bounds, t.bounds);
}



struct wp_args_constrained_move_da46a3e7 {
    SimParams_ffff548d params;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void constrained_move_da46a3e7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_constrained_move_da46a3e7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    SimParams_ffff548d var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<2, wp::float32> var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 8;
    wp::int32 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::mat_t<2, 2, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::mat_t<2, 2, wp::float32> var_18;
    wp::float32 var_19;
    wp::mat_t<2, 2, wp::float32> var_20;
    const wp::int32 var_21 = 2;
    wp::mat_t<2, 2, wp::float32> var_22;
    wp::mat_t<2, 2, wp::float32> var_23;
    wp::mat_t<2, 2, wp::float32> var_24;
    wp::mat_t<2, 2, wp::float32> var_25;
    const wp::int32 var_26 = 1;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 2;
    wp::mat_t<2, 2, wp::float32> var_31;
    wp::float32 var_32;
    wp::mat_t<2, 2, wp::float32> var_33;
    const wp::int32 var_34 = 2;
    wp::mat_t<2, 2, wp::float32> var_35;
    wp::mat_t<2, 2, wp::float32> var_36;
    wp::mat_t<2, 2, wp::float32> var_37;
    wp::mat_t<2, 2, wp::float32> var_38;
    const wp::int32 var_39 = 2;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    wp::mat_t<2, 2, wp::float32> var_44;
    wp::float32 var_45;
    wp::mat_t<2, 2, wp::float32> var_46;
    const wp::int32 var_47 = 2;
    wp::mat_t<2, 2, wp::float32> var_48;
    wp::mat_t<2, 2, wp::float32> var_49;
    wp::mat_t<2, 2, wp::float32> var_50;
    wp::mat_t<2, 2, wp::float32> var_51;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32> var_53;
    wp::float32 var_54;
    wp::vec_t<2, wp::float32> var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::uint32 var_58;
    wp::int32 var_59;
    wp::float32* var_60;
    wp::float32* var_61;
    bool var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32>* var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::transform_t<wp::float32> var_69;
    wp::vec_t<3, wp::float32>* var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32>* var_75;
    wp::float32 var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::float32* var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::float32 var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32>* var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32>* var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    //---------
    // forward
    // def constrained_move(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 13>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 15>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // running = wp.vec2(0.0)                                                                 <L 16>
    var_5 = wp::vec_t<2, wp::float32>(var_4);
    // for k_2 in range(wp.min(wp.abs(tid), 8)):                                              <L 17>
    var_6 = wp::abs(var_0);
    var_8 = wp::min(var_6, var_7);
    var_9 = wp::range(var_8);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // sum_val = wp.mat22(0.0)                                                            <L 18>
        var_12 = wp::mat_t<2, 2, wp::float32>(var_11);
        // for k_3 in range(3):                                                               <L 19>
        // amount = params.dt                                                                 <L 20>
        var_14 = &((var_params).dt);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount       <L 21>
        var_18 = wp::identity<2, wp::float32>();
        var_19 = wp::float(var_13);
        var_20 = wp::mul(var_18, var_19);
        var_22 = wp::identity<2, wp::float32>();
        var_23 = wp::mul(var_22, var_15);
        var_24 = wp::add(var_20, var_23);
        var_25 = wp::add(var_12, var_24);
        // amount = params.dt                                                                 <L 20>
        var_27 = &((var_params).dt);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount       <L 21>
        var_31 = wp::identity<2, wp::float32>();
        var_32 = wp::float(var_26);
        var_33 = wp::mul(var_31, var_32);
        var_35 = wp::identity<2, wp::float32>();
        var_36 = wp::mul(var_35, var_28);
        var_37 = wp::add(var_33, var_36);
        var_38 = wp::add(var_25, var_37);
        // amount = params.dt                                                                 <L 20>
        var_40 = &((var_params).dt);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount       <L 21>
        var_44 = wp::identity<2, wp::float32>();
        var_45 = wp::float(var_39);
        var_46 = wp::mul(var_44, var_45);
        var_48 = wp::identity<2, wp::float32>();
        var_49 = wp::mul(var_48, var_41);
        var_50 = wp::add(var_46, var_49);
        var_51 = wp::add(var_38, var_50);
        // running += wp.vec2(float(k_2)) + wp.vec2(wp.trace(sum_val))                        <L 22>
        var_52 = wp::float(var_10);
        var_53 = wp::vec_t<2, wp::float32>(var_52);
        var_54 = wp::trace(var_51);
        var_55 = wp::vec_t<2, wp::float32>(var_54);
        var_56 = wp::add(var_53, var_55);
        var_57 = wp::add(var_5, var_56);
        wp::assign(var_5, var_57);
        goto start_for_0;
    end_for_0:;
    // slot = int(wp.argmin(running))                                                         <L 23>
    var_58 = wp::argmin(var_5);
    var_59 = wp::int(var_58);
    // radius_2 = wp.length((params.bounds if params.damping < params.dt else pos) - wp.transform_vector(wp.transform_identity(), params.bounds))       <L 24>
    var_60 = &((var_params).damping);
    var_61 = &((var_params).dt);
    var_63 = wp::load(var_60);
    var_64 = wp::load(var_61);
    var_62 = (var_63 < var_64);
    if (var_62) {
        var_65 = &((var_params).bounds);
        var_67 = wp::load(var_65);
        var_66 = wp::copy(var_67);
    }
    if (!var_62) {
    }
    var_68 = wp::where(var_62, var_66, var_2);
    var_69 = wp::transform_identity<wp::float32>();
    var_70 = &((var_params).bounds);
    var_72 = wp::load(var_70);
    var_71 = wp::transform_vector(var_69, var_72);
    var_73 = wp::sub(var_68, var_71);
    var_74 = wp::length(var_73);
    // moved = pos + (params.gravity + wp.vec3(float(slot)) + wp.vec3(radius_2)) * params.dt       <L 25>
    var_75 = &((var_params).gravity);
    var_76 = wp::float(var_59);
    var_77 = wp::vec_t<3, wp::float32>(var_76);
    var_79 = wp::load(var_75);
    var_78 = wp::add(var_79, var_77);
    var_80 = wp::vec_t<3, wp::float32>(var_74);
    var_81 = wp::add(var_78, var_80);
    var_82 = &((var_params).dt);
    var_84 = wp::load(var_82);
    var_83 = wp::mul(var_81, var_84);
    var_85 = wp::add(var_2, var_83);
    // out[tid] = wp.min(wp.max(moved, -params.bounds), params.bounds)                        <L 26>
    var_86 = &((var_params).bounds);
    var_88 = wp::load(var_86);
    var_87 = wp::neg(var_88);
    var_89 = wp::max(var_85, var_87);
    var_90 = &((var_params).bounds);
    var_92 = wp::load(var_90);
    var_91 = wp::min(var_89, var_92);
    wp::array_store(var_out, var_0, var_91);
}



template <bool wp_linear_contiguous>
static void constrained_move_da46a3e7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_constrained_move_da46a3e7 *_wp_args,
    wp_args_constrained_move_da46a3e7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    SimParams_ffff548d var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    SimParams_ffff548d adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<2, wp::float32> var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 8;
    wp::int32 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::mat_t<2, 2, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::mat_t<2, 2, wp::float32> var_18;
    wp::float32 var_19;
    wp::mat_t<2, 2, wp::float32> var_20;
    const wp::int32 var_21 = 2;
    wp::mat_t<2, 2, wp::float32> var_22;
    wp::mat_t<2, 2, wp::float32> var_23;
    wp::mat_t<2, 2, wp::float32> var_24;
    wp::mat_t<2, 2, wp::float32> var_25;
    const wp::int32 var_26 = 1;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 2;
    wp::mat_t<2, 2, wp::float32> var_31;
    wp::float32 var_32;
    wp::mat_t<2, 2, wp::float32> var_33;
    const wp::int32 var_34 = 2;
    wp::mat_t<2, 2, wp::float32> var_35;
    wp::mat_t<2, 2, wp::float32> var_36;
    wp::mat_t<2, 2, wp::float32> var_37;
    wp::mat_t<2, 2, wp::float32> var_38;
    const wp::int32 var_39 = 2;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    wp::mat_t<2, 2, wp::float32> var_44;
    wp::float32 var_45;
    wp::mat_t<2, 2, wp::float32> var_46;
    const wp::int32 var_47 = 2;
    wp::mat_t<2, 2, wp::float32> var_48;
    wp::mat_t<2, 2, wp::float32> var_49;
    wp::mat_t<2, 2, wp::float32> var_50;
    wp::mat_t<2, 2, wp::float32> var_51;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32> var_53;
    wp::float32 var_54;
    wp::vec_t<2, wp::float32> var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::uint32 var_58;
    wp::int32 var_59;
    wp::float32* var_60;
    wp::float32* var_61;
    bool var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32>* var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::transform_t<wp::float32> var_69;
    wp::vec_t<3, wp::float32>* var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32>* var_75;
    wp::float32 var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::float32* var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::float32 var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32>* var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32>* var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::mat_t<2, 2, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::mat_t<2, 2, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::mat_t<2, 2, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::mat_t<2, 2, wp::float32> adj_22 = {};
    wp::mat_t<2, 2, wp::float32> adj_23 = {};
    wp::mat_t<2, 2, wp::float32> adj_24 = {};
    wp::mat_t<2, 2, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::mat_t<2, 2, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::mat_t<2, 2, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::mat_t<2, 2, wp::float32> adj_35 = {};
    wp::mat_t<2, 2, wp::float32> adj_36 = {};
    wp::mat_t<2, 2, wp::float32> adj_37 = {};
    wp::mat_t<2, 2, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::mat_t<2, 2, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::mat_t<2, 2, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::mat_t<2, 2, wp::float32> adj_48 = {};
    wp::mat_t<2, 2, wp::float32> adj_49 = {};
    wp::mat_t<2, 2, wp::float32> adj_50 = {};
    wp::mat_t<2, 2, wp::float32> adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<2, wp::float32> adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<2, wp::float32> adj_55 = {};
    wp::vec_t<2, wp::float32> adj_56 = {};
    wp::vec_t<2, wp::float32> adj_57 = {};
    wp::uint32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    bool adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::transform_t<wp::float32> adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::float32 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::float32 adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    wp::float32 adj_82 = {};
    wp::vec_t<3, wp::float32> adj_83 = {};
    wp::float32 adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::vec_t<3, wp::float32> adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    wp::vec_t<3, wp::float32> adj_92 = {};
    //---------
    // forward
    // def constrained_move(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 13>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 15>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // running = wp.vec2(0.0)                                                                 <L 16>
    var_5 = wp::vec_t<2, wp::float32>(var_4);
    // for k_2 in range(wp.min(wp.abs(tid), 8)):                                              <L 17>
    var_6 = wp::abs(var_0);
    var_8 = wp::min(var_6, var_7);
    var_9 = wp::range(var_8);
    // slot = int(wp.argmin(running))                                                         <L 23>
    var_58 = wp::argmin(var_5);
    var_59 = wp::int(var_58);
    // radius_2 = wp.length((params.bounds if params.damping < params.dt else pos) - wp.transform_vector(wp.transform_identity(), params.bounds))       <L 24>
    var_60 = &((var_params).damping);
    var_61 = &((var_params).dt);
    var_63 = wp::load(var_60);
    var_64 = wp::load(var_61);
    var_62 = (var_63 < var_64);
    if (var_62) {
        var_65 = &((var_params).bounds);
        var_67 = wp::load(var_65);
        var_66 = wp::copy(var_67);
    }
    if (!var_62) {
    }
    var_68 = wp::where(var_62, var_66, var_2);
    var_69 = wp::transform_identity<wp::float32>();
    var_70 = &((var_params).bounds);
    var_72 = wp::load(var_70);
    var_71 = wp::transform_vector(var_69, var_72);
    var_73 = wp::sub(var_68, var_71);
    var_74 = wp::length(var_73);
    // moved = pos + (params.gravity + wp.vec3(float(slot)) + wp.vec3(radius_2)) * params.dt       <L 25>
    var_75 = &((var_params).gravity);
    var_76 = wp::float(var_59);
    var_77 = wp::vec_t<3, wp::float32>(var_76);
    var_79 = wp::load(var_75);
    var_78 = wp::add(var_79, var_77);
    var_80 = wp::vec_t<3, wp::float32>(var_74);
    var_81 = wp::add(var_78, var_80);
    var_82 = &((var_params).dt);
    var_84 = wp::load(var_82);
    var_83 = wp::mul(var_81, var_84);
    var_85 = wp::add(var_2, var_83);
    // out[tid] = wp.min(wp.max(moved, -params.bounds), params.bounds)                        <L 26>
    var_86 = &((var_params).bounds);
    var_88 = wp::load(var_86);
    var_87 = wp::neg(var_88);
    var_89 = wp::max(var_85, var_87);
    var_90 = &((var_params).bounds);
    var_92 = wp::load(var_90);
    var_91 = wp::min(var_89, var_92);
    // wp::array_store(var_out, var_0, var_91);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_91, adj_out, adj_0, adj_91);
    wp::adj_min(var_89, var_92, adj_89, adj_90, adj_91);
    adj_params.bounds += adj_90;
    wp::adj_max(var_85, var_87, adj_85, adj_87, adj_89);
    wp::adj_neg(var_88, adj_86, adj_87);
    adj_params.bounds += adj_86;
    // adj: out[tid] = wp.min(wp.max(moved, -params.bounds), params.bounds)                   <L 26>
    wp::adj_add(var_2, var_83, adj_2, adj_83, adj_85);
    wp::adj_mul(var_81, var_84, adj_81, adj_82, adj_83);
    adj_params.dt += adj_82;
    wp::adj_add(var_78, var_80, adj_78, adj_80, adj_81);
    wp::adj_vec_t(var_74, adj_74, adj_80);
    wp::adj_add(var_79, var_77, adj_75, adj_77, adj_78);
    wp::adj_vec_t(var_76, adj_76, adj_77);
    wp::adj_float(var_59, adj_59, adj_76);
    adj_params.gravity += adj_75;
    // adj: moved = pos + (params.gravity + wp.vec3(float(slot)) + wp.vec3(radius_2)) * params.dt  <L 25>
    wp::adj_length(var_73, var_74, adj_73, adj_74);
    wp::adj_sub(var_68, var_71, adj_68, adj_71, adj_73);
    wp::adj_transform_vector(var_69, var_72, adj_69, adj_70, adj_71);
    adj_params.bounds += adj_70;
    wp::adj_where(var_62, var_66, var_2, adj_62, adj_66, adj_2, adj_68);
    if (!var_62) {
    }
    if (var_62) {
        wp::adj_copy(var_67, adj_65, adj_66);
        adj_params.bounds += adj_65;
    }
    adj_params.dt += adj_61;
    adj_params.damping += adj_60;
    // adj: radius_2 = wp.length((params.bounds if params.damping < params.dt else pos) - wp.transform_vector(wp.transform_identity(), params.bounds))  <L 24>
    // adj: slot = int(wp.argmin(running))                                                    <L 23>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
    	adj_48 = {};
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
    	adj_57 = {};
        // sum_val = wp.mat22(0.0)                                                            <L 18>
        var_12 = wp::mat_t<2, 2, wp::float32>(var_11);
        // for k_3 in range(3):                                                               <L 19>
        // amount = params.dt                                                                 <L 20>
        var_14 = &((var_params).dt);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount       <L 21>
        var_18 = wp::identity<2, wp::float32>();
        var_19 = wp::float(var_13);
        var_20 = wp::mul(var_18, var_19);
        var_22 = wp::identity<2, wp::float32>();
        var_23 = wp::mul(var_22, var_15);
        var_24 = wp::add(var_20, var_23);
        var_25 = wp::add(var_12, var_24);
        // amount = params.dt                                                                 <L 20>
        var_27 = &((var_params).dt);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount       <L 21>
        var_31 = wp::identity<2, wp::float32>();
        var_32 = wp::float(var_26);
        var_33 = wp::mul(var_31, var_32);
        var_35 = wp::identity<2, wp::float32>();
        var_36 = wp::mul(var_35, var_28);
        var_37 = wp::add(var_33, var_36);
        var_38 = wp::add(var_25, var_37);
        // amount = params.dt                                                                 <L 20>
        var_40 = &((var_params).dt);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount       <L 21>
        var_44 = wp::identity<2, wp::float32>();
        var_45 = wp::float(var_39);
        var_46 = wp::mul(var_44, var_45);
        var_48 = wp::identity<2, wp::float32>();
        var_49 = wp::mul(var_48, var_41);
        var_50 = wp::add(var_46, var_49);
        var_51 = wp::add(var_38, var_50);
        // running += wp.vec2(float(k_2)) + wp.vec2(wp.trace(sum_val))                        <L 22>
        var_52 = wp::float(var_10);
        var_53 = wp::vec_t<2, wp::float32>(var_52);
        var_54 = wp::trace(var_51);
        var_55 = wp::vec_t<2, wp::float32>(var_54);
        var_56 = wp::add(var_53, var_55);
        var_57 = wp::add(var_5, var_56);
        wp::assign(var_5, var_57);
        wp::adj_assign(var_5, var_57, adj_5, adj_57);
        wp::adj_add(var_5, var_56, adj_5, adj_56, adj_57);
        wp::adj_add(var_53, var_55, adj_53, adj_55, adj_56);
        wp::adj_vec_t(var_54, adj_54, adj_55);
        wp::adj_trace(var_51, adj_51, adj_54);
        wp::adj_vec_t(var_52, adj_52, adj_53);
        wp::adj_float(var_10, adj_10, adj_52);
        // adj: running += wp.vec2(float(k_2)) + wp.vec2(wp.trace(sum_val))                   <L 22>
        wp::adj_add(var_38, var_50, adj_38, adj_50, adj_51);
        wp::adj_add(var_46, var_49, adj_46, adj_49, adj_50);
        wp::adj_mul(var_48, var_41, adj_48, adj_41, adj_49);
        wp::adj_mul(var_44, var_45, adj_44, adj_45, adj_46);
        wp::adj_float(var_39, adj_39, adj_45);
        // adj: sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount  <L 21>
        wp::adj_copy(var_42, adj_40, adj_41);
        adj_params.dt += adj_40;
        // adj: amount = params.dt                                                            <L 20>
        wp::adj_add(var_25, var_37, adj_25, adj_37, adj_38);
        wp::adj_add(var_33, var_36, adj_33, adj_36, adj_37);
        wp::adj_mul(var_35, var_28, adj_35, adj_28, adj_36);
        wp::adj_mul(var_31, var_32, adj_31, adj_32, adj_33);
        wp::adj_float(var_26, adj_26, adj_32);
        // adj: sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount  <L 21>
        wp::adj_copy(var_29, adj_27, adj_28);
        adj_params.dt += adj_27;
        // adj: amount = params.dt                                                            <L 20>
        wp::adj_add(var_12, var_24, adj_12, adj_24, adj_25);
        wp::adj_add(var_20, var_23, adj_20, adj_23, adj_24);
        wp::adj_mul(var_22, var_15, adj_22, adj_15, adj_23);
        wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_float(var_13, adj_13, adj_19);
        // adj: sum_val += wp.identity(n=2, dtype=float) * float(k_3) + wp.identity(n=2, dtype=float) * amount  <L 21>
        wp::adj_copy(var_16, adj_14, adj_15);
        adj_params.dt += adj_14;
        // adj: amount = params.dt                                                            <L 20>
        // adj: for k_3 in range(3):                                                          <L 19>
        wp::adj_mat_t(var_11, adj_11, adj_12);
        // adj: sum_val = wp.mat22(0.0)                                                       <L 18>
    	goto start_for_0;
    end_for_0:;
    wp::adj_min(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_abs(var_0, adj_0, adj_6);
    // adj: for k_2 in range(wp.min(wp.abs(tid), 8)):                                         <L 17>
    wp::adj_vec_t(var_4, adj_4, adj_5);
    // adj: running = wp.vec2(0.0)                                                            <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: pos = positions[tid]                                                              <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def constrained_move(params: SimParams, positions: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):  <L 13>
    return;
}



struct constrained_move_da46a3e7_cpu_block_payload_forward
{
    wp_args_constrained_move_da46a3e7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void constrained_move_da46a3e7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    constrained_move_da46a3e7_cpu_block_payload_forward* payload = (constrained_move_da46a3e7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    constrained_move_da46a3e7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void constrained_move_da46a3e7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_constrained_move_da46a3e7 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        constrained_move_da46a3e7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &constrained_move_da46a3e7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct constrained_move_da46a3e7_cpu_block_payload_backward
{
    wp_args_constrained_move_da46a3e7* args;
    wp_args_constrained_move_da46a3e7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void constrained_move_da46a3e7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    constrained_move_da46a3e7_cpu_block_payload_backward* payload = (constrained_move_da46a3e7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    constrained_move_da46a3e7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void constrained_move_da46a3e7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_constrained_move_da46a3e7 *_wp_args,
    wp_args_constrained_move_da46a3e7 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        constrained_move_da46a3e7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &constrained_move_da46a3e7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

