// Warp 1.19.0 cpu code for accumulate_overlaps_f8e7f58f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// accumulate_overlaps.py:4
static wp::vec_t<3, wp::float32> relative_damping_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):                               <L 5>
    // vn = wp.dot(v, n)                                                                      <L 6>
    var_0 = wp::dot(var_v, var_n);
    // return -kd * vn * n                                                                    <L 7>
    var_1 = wp::neg(var_kd);
    var_2 = wp::mul(var_1, var_0);
    var_3 = wp::mul(var_2, var_n);
    return var_3;
}


// accumulate_overlaps.py:4
static void adj_relative_damping_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_kd,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_kd,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):                               <L 5>
    // vn = wp.dot(v, n)                                                                      <L 6>
    var_0 = wp::dot(var_v, var_n);
    // return -kd * vn * n                                                                    <L 7>
    var_1 = wp::neg(var_kd);
    var_2 = wp::mul(var_1, var_0);
    var_3 = wp::mul(var_2, var_n);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_2, var_n, adj_2, adj_n, adj_3);
    wp::adj_mul(var_1, var_0, adj_1, adj_0, adj_2);
    wp::adj_neg(var_kd, adj_kd, adj_1);
    // adj: return -kd * vn * n                                                               <L 7>
    wp::adj_dot(var_v, var_n, adj_v, adj_n, adj_0);
    // adj: vn = wp.dot(v, n)                                                                 <L 6>
    // adj: def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):                          <L 5>
    return;
}

struct wp_args_accumulate_overlaps_3144d32c {
    wp::uint64 bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::float32 kd;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
};


template <bool wp_linear_contiguous>
static void accumulate_overlaps_3144d32c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_overlaps_3144d32c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_accumulate_overlaps_3144d32c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::float32 var_kd = _wp_args->kd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::bvh_query_t var_7;
    const wp::int32 var_8 = -1;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    bool var_12;
    const wp::float32 var_13 = INFINITY;
    bool var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // forward
    // def accumulate_overlaps(                                                               <L 11>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // pos = particle_x[tid]                                                                  <L 22>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = particle_radius[tid]                                                               <L 23>
    var_4 = wp::address(var_particle_radius, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // query = wp.bvh_query_sphere(bvh, pos, r)                                               <L 24>
    var_7 = wp::bvh_query_sphere(var_bvh, var_2, var_5, var_8);
    // total = wp.vec3()                                                                      <L 25>
    var_9 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 26>
    var_11 = wp::int(var_10);
    // while wp.bvh_query_next(query, index):                                                 <L 27>
    start_while_0:;
    var_12 = wp::bvh_query_sphere_next(var_7, var_11, var_13);
    if ((var_12) == false) goto end_while_0;
        // if index != tid:                                                                   <L 28>
        var_14 = (var_11 != var_0);
        if (var_14) {
            // v = particle_v[index]                                                          <L 29>
            var_15 = wp::address(var_particle_v, var_11);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // vel = velocities[index]                                                        <L 30>
            var_18 = wp::address(var_velocities, var_11);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // n = normals[index]                                                             <L 31>
            var_21 = wp::address(var_normals, var_11);
            var_23 = wp::load(var_21);
            var_22 = wp::copy(var_23);
            // drag = relative_damping(v - vel, n, kd)                                        <L 32>
            var_24 = wp::sub(var_16, var_19);
            var_25 = relative_damping_0(var_24, var_22, var_kd);
            // total += drag                                                                  <L 33>
            var_26 = wp::add(var_9, var_25);
        }
        var_27 = wp::where(var_14, var_26, var_9);
        wp::assign(var_9, var_27);
    goto start_while_0;
    end_while_0:;
    // particle_f[tid] = total                                                                <L 34>
    wp::array_store(var_particle_f, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void accumulate_overlaps_3144d32c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_overlaps_3144d32c *_wp_args,
    wp_args_accumulate_overlaps_3144d32c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_accumulate_overlaps_3144d32c wp_contiguous_args;
    wp_args_accumulate_overlaps_3144d32c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::float32 var_kd = _wp_args->kd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::float32 adj_kd = _wp_adj_args->kd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::bvh_query_t var_7;
    const wp::int32 var_8 = -1;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    bool var_12;
    const wp::float32 var_13 = INFINITY;
    bool var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::bvh_query_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    //---------
    // forward
    // def accumulate_overlaps(                                                               <L 11>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // pos = particle_x[tid]                                                                  <L 22>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = particle_radius[tid]                                                               <L 23>
    var_4 = wp::address(var_particle_radius, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // query = wp.bvh_query_sphere(bvh, pos, r)                                               <L 24>
    var_7 = wp::bvh_query_sphere(var_bvh, var_2, var_5, var_8);
    // total = wp.vec3()                                                                      <L 25>
    var_9 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 26>
    var_11 = wp::int(var_10);
    // while wp.bvh_query_next(query, index):                                                 <L 27>
    // particle_f[tid] = total                                                                <L 34>
    // wp::array_store(var_particle_f, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_particle_f, var_0, var_9, adj_particle_f, adj_0, adj_9);
    // adj: particle_f[tid] = total                                                           <L 34>
    start_while_0:;
    var_12 = wp::bvh_query_sphere_next(var_7, var_11, var_13);
    if ((var_12) == false) goto end_while_0;
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
        // if index != tid:                                                                   <L 28>
        var_14 = (var_11 != var_0);
        if (var_14) {
            // v = particle_v[index]                                                          <L 29>
            var_15 = wp::address(var_particle_v, var_11);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // vel = velocities[index]                                                        <L 30>
            var_18 = wp::address(var_velocities, var_11);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // n = normals[index]                                                             <L 31>
            var_21 = wp::address(var_normals, var_11);
            var_23 = wp::load(var_21);
            var_22 = wp::copy(var_23);
            // drag = relative_damping(v - vel, n, kd)                                        <L 32>
            var_24 = wp::sub(var_16, var_19);
            var_25 = relative_damping_0(var_24, var_22, var_kd);
            // total += drag                                                                  <L 33>
            var_26 = wp::add(var_9, var_25);
        }
        var_27 = wp::where(var_14, var_26, var_9);
        wp::assign(var_9, var_27);
        wp::adj_assign(var_9, var_27, adj_9, adj_27);
        wp::adj_where(var_14, var_26, var_9, adj_14, adj_26, adj_9, adj_27);
        if (var_14) {
            wp::adj_add(var_9, var_25, adj_9, adj_25, adj_26);
            // adj: total += drag                                                             <L 33>
            adj_relative_damping_0(var_24, var_22, var_kd, adj_24, adj_22, adj_kd, adj_25);
            wp::adj_sub(var_16, var_19, adj_16, adj_19, adj_24);
            // adj: drag = relative_damping(v - vel, n, kd)                                   <L 32>
            wp::adj_copy(var_23, adj_21, adj_22);
            wp::adj_address(var_normals, var_11, adj_normals, adj_11, adj_21);
            // adj: n = normals[index]                                                        <L 31>
            wp::adj_copy(var_20, adj_18, adj_19);
            wp::adj_address(var_velocities, var_11, adj_velocities, adj_11, adj_18);
            // adj: vel = velocities[index]                                                   <L 30>
            wp::adj_copy(var_17, adj_15, adj_16);
            wp::adj_address(var_particle_v, var_11, adj_particle_v, adj_11, adj_15);
            // adj: v = particle_v[index]                                                     <L 29>
        }
        // adj: if index != tid:                                                              <L 28>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, index):                                            <L 27>
    // adj: index = int(0)                                                                    <L 26>
    // adj: total = wp.vec3()                                                                 <L 25>
    // adj: query = wp.bvh_query_sphere(bvh, pos, r)                                          <L 24>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_4);
    // adj: r = particle_radius[tid]                                                          <L 23>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
    // adj: pos = particle_x[tid]                                                             <L 22>
    // adj: tid = wp.tid()                                                                    <L 21>
    // adj: def accumulate_overlaps(                                                          <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void accumulate_overlaps_3144d32c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_overlaps_3144d32c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_overlaps_3144d32c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void accumulate_overlaps_3144d32c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_overlaps_3144d32c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        accumulate_overlaps_3144d32c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        accumulate_overlaps_3144d32c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_overlaps_3144d32c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_overlaps_3144d32c *_wp_args)
{
    accumulate_overlaps_3144d32c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void accumulate_overlaps_3144d32c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_overlaps_3144d32c *_wp_args,
    wp_args_accumulate_overlaps_3144d32c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_overlaps_3144d32c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void accumulate_overlaps_3144d32c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_overlaps_3144d32c *_wp_args,
    wp_args_accumulate_overlaps_3144d32c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        accumulate_overlaps_3144d32c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        accumulate_overlaps_3144d32c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void accumulate_overlaps_3144d32c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_overlaps_3144d32c *_wp_args,
    wp_args_accumulate_overlaps_3144d32c *_wp_adj_args)
{
    accumulate_overlaps_3144d32c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

